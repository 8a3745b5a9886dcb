package io.xborder.sop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver: nothing is downloaded at test
 * time. Register it with {@code @RegisterExtension}; without {@code /usr/bin/chromium} the test is
 * skipped with a notice, and a failing test leaves a screenshot and the page's HTML under
 * {@code target/browser-failures/}.
 */
public class BrowserSession implements BeforeEachCallback, AfterTestExecutionCallback, AutoCloseable {

  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  private static final Path FAILURES = Path.of("target", "browser-failures");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  /** A page reacting to a click; generous, for a shared 2-core build machine. */
  static final Duration PATIENCE = Duration.ofSeconds(30);
  /** The first page of a web app after start-up (cold app, busy machine) takes far longer. */
  private static final Duration FIRST_PAGE_LOAD = Duration.ofSeconds(90);

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

  @Override
  public void beforeEach(ExtensionContext context) {
    boolean installed = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    if (!installed) {
      String notice = "BROWSER TEST SKIPPED: " + context.getDisplayName() + " needs " + CHROMIUM + " and " + CHROMEDRIVER
          + " (Debian's chromium and chromium-driver; .ci/run installs them)";
      System.err.println("!".repeat(notice.length()) + "\n" + notice + "\n" + "!".repeat(notice.length()));
      Assumptions.abort(notice);
    }
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

  public WebDriverWait waiting() {
    return new WebDriverWait(driver(), PATIENCE);
  }

  public WebElement waitFor(By locator) {
    return waiting().until(ExpectedConditions.elementToBeClickable(locator));
  }

  /** For read-only fields, which are shown but never clickable. */
  public WebElement visible(By locator) {
    return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** Waits until the page shows the text somewhere (hidden elements do not count). */
  public void waitForText(String text) {
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
  }

  /** What the page shows (hidden elements do not count). */
  public String bodyText() {
    return driver().findElement(By.tagName("body")).getText();
  }

  /** Clicks as a person does, after scrolling the element to the middle (Tasklist's fixed footer covers the bottom). */
  public void click(By locator) {
    // A form still growing while it renders can push the element back under the footer: scroll again and retry.
    waiting().ignoring(ElementClickInterceptedException.class).ignoring(StaleElementReferenceException.class).until(driver -> {
      WebElement element = waitFor(locator);
      ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
      element.click();
      return true;
    });
  }

  public void type(By locator, String text) {
    waitFor(locator).sendKeys(text);
  }

  /**
   * Closes the notifications in the bottom corner, as a person does when one covers a button. Tasklist
   * removes a notification by itself after a few seconds, so one may be gone by the time it is clicked.
   */
  public void dismissNotifications() {
    for (WebElement close : driver().findElements(By.cssSelector(".page-notifications button.close"))) {
      try {
        if (close.isDisplayed()) {
          close.click();
        }
      } catch (StaleElementReferenceException goneByItself) {
        // already closed by Tasklist
      }
    }
  }

  /**
   * Opens a web app's login page and waits for its form. The app's plugin API starts on its first request,
   * which took nearly a minute on a busy build machine, and a page that waits that long for its plugin
   * scripts never starts: it is started here before the browser asks.
   */
  public void openLoginPage(String baseUrl, String app) {
    warmUp(baseUrl + "/camunda/api/" + app + "/plugin/" + app + "Plugins/static/app/plugin.js");
    driver().get(baseUrl + "/camunda/app/" + app + "/");
    new WebDriverWait(driver(), FIRST_PAGE_LOAD).until(
        ExpectedConditions.elementToBeClickable(By.cssSelector("input[ng-model='username']")));
  }

  /**
   * Camunda's web apps share one login page. Returns once the app has left it: a page opened before the
   * login's answer arrived would cancel the login and show the login form again.
   */
  public void logIn(String baseUrl, String app, String user, String password) {
    openLoginPage(baseUrl, app);
    logInOnTheShownPage(user, password);
  }

  /** Logs in on the login form the browser shows now, e.g. after opening a link while logged out. */
  public void logInOnTheShownPage(String user, String password) {
    type(By.cssSelector("input[ng-model='username']"), user);
    type(By.cssSelector("input[ng-model='password']"), password);
    click(By.cssSelector("button[type='submit']"));
    waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
  }

  /** Logs out through the account menu in the header, as a person hands the computer to a colleague. */
  public void logOut() {
    click(By.cssSelector("li.account > a.dropdown-toggle, .account .dropdown-toggle"));
    click(By.cssSelector("a[ng-click='logout()']"));
    visible(By.cssSelector("input[ng-model='username']"));
  }

  /** Camunda 7.24 CE draws its "migrate to Camunda 8" bar in every app's header: it must take no room at all. */
  public void assertNoCamunda8Banner() {
    assertThat(bodyText()).doesNotContain("Camunda 8");
    for (WebElement banner : driver().findElements(By.cssSelector(".ce-eol-banner"))) {
      Object height = ((JavascriptExecutor) driver()).executeScript("return arguments[0].getBoundingClientRect().height;",
          banner);
      assertThat(((Number) height).doubleValue()).as("height of the Camunda 8 banner").isZero();
    }
  }

  /**
   * Saves what the browser shows as target/screenshots/{name}.png, for people to look at; a name with a
   * slash goes to that folder under target/ (e.g. {@code browser-journey/01-login}).
   */
  public void screenshot(String name) throws IOException {
    Path file = (name.contains("/") ? Path.of("target") : SCREENSHOTS).resolve(name + ".png");
    Files.createDirectories(file.getParent());
    Files.write(file, ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES));
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

  private static void warmUp(String url) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    try {
      HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(FIRST_PAGE_LOAD).GET().build(),
          HttpResponse.BodyHandlers.discarding());
      assertThat(answer.statusCode()).as("the web app's plugin script " + url).isEqualTo(200);
    } catch (IOException e) {
      throw new AssertionError("The web app's plugin script did not load: " + url, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
