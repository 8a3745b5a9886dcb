package io.xborder.sop.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver: nothing is downloaded at test
 * time. Register it with {@code @RegisterExtension}; a failing test leaves a screenshot and the
 * page's HTML under {@code target/browser-failures/}.
 */
public class BrowserSession implements AfterTestExecutionCallback, AutoCloseable {

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  private static final Path FAILURES = Path.of("target", "browser-failures");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final String language;
  private WebDriver driver;

  /** A browser set to US English. */
  public BrowserSession() {
    this("en-US");
  }

  /** A browser whose language (UI and Accept-Language) is the given tag, e.g. {@code zh-CN}. */
  public BrowserSession(String language) {
    this.language = language;
  }

  public WebDriver driver() {
    if (driver == null) {
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM);
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,1000", "--lang=" + language);
      // Headless Chromium takes navigator.languages and Accept-Language from this preference, not from --lang.
      options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
      ChromeDriverService service = new ChromeDriverService.Builder()
          .usingDriverExecutable(new File(CHROMEDRIVER))
          .build();
      driver = new ChromeDriver(service, options);
    }
    return driver;
  }

  public WebElement waitFor(By locator) {
    return new WebDriverWait(driver(), Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(locator));
  }

  /** For read-only fields, which are shown but never clickable. */
  public WebElement visible(By locator) {
    return new WebDriverWait(driver(), Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** Waits until the page shows the text somewhere (hidden elements do not count). */
  public void waitForText(String text) {
    new WebDriverWait(driver(), Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
  }

  public void click(By locator) {
    waitFor(locator).click();
  }

  public void type(By locator, String text) {
    waitFor(locator).sendKeys(text);
  }

  /** Camunda's web apps share one login page. */
  public void logIn(String baseUrl, String app, String user, String password) {
    driver().get(baseUrl + "/camunda/app/" + app + "/");
    type(By.cssSelector("input[ng-model='username']"), user);
    type(By.cssSelector("input[ng-model='password']"), password);
    click(By.cssSelector("button[type='submit']"));
  }

  /** Saves what the browser shows as target/screenshots/{name}.png, for people to look at. */
  public void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES));
  }

  @Override
  public void afterTestExecution(ExtensionContext context) throws IOException {
    if (context.getExecutionException().isPresent() && driver != null) {
      Files.createDirectories(FAILURES);
      String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
      Files.write(FAILURES.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      Files.writeString(FAILURES.resolve(name + ".html"), driver.getPageSource());
    }
    close();
  }

  @Override
  public void close() {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }
}
