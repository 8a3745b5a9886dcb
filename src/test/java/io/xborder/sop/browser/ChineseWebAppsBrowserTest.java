package io.xborder.sop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Camunda's web apps speak the browser's language: Simplified Chinese for a zh-CN browser, English
 * otherwise, switchable at the bottom of every page, and never show the "migrate to Camunda 8" bar.
 */
@PlatformTest
class ChineseWebAppsBrowserTest {

  @RegisterExtension
  final BrowserSession chineseBrowser = new BrowserSession("zh-CN");

  @RegisterExtension
  final BrowserSession englishBrowser = new BrowserSession("en-US");

  private static final Duration FIRST_PAGE_LOAD = Duration.ofSeconds(90);

  @LocalServerPort
  int port;

  @Autowired
  PlatformHttp http;

  @Test
  void linaWorksInChineseTasklistAndMaySwitchToEnglish() throws Exception {
    openLoginPage(chineseBrowser, "tasklist", "用户名", "登录");
    chineseBrowser.screenshot("tasklist-login-zh-CN");

    chineseBrowser.logIn(baseUrl(), "tasklist", "lina", "demo");
    chineseBrowser.visible(By.xpath("//a[contains(., '发起流程')]"));
    chineseBrowser.waitForText("日期和时间按本地时区显示");
    assertThat(activeLanguage(chineseBrowser)).isEqualTo("中文");
    assertNoCamunda8Banner(chineseBrowser);
    chineseBrowser.screenshot("tasklist-zh-CN");

    chineseBrowser.driver().get(baseUrl() + "/camunda/app/welcome/default/");
    chineseBrowser.visible(By.xpath("//h3[normalize-space(.) = '应用']"));
    assertNoCamunda8Banner(chineseBrowser);
    chineseBrowser.screenshot("welcome-zh-CN");

    chineseBrowser.driver().get(baseUrl() + "/camunda/app/tasklist/default/");
    chineseBrowser.click(By.cssSelector(".xborder-language-switch a[lang='en']"));
    chineseBrowser.visible(By.xpath("//a[contains(., 'Start process')]"));
    assertThat(activeLanguage(chineseBrowser)).isEqualTo("English");
    assertThat(body(chineseBrowser)).doesNotContain("发起流程");
    assertNoCamunda8Banner(chineseBrowser);
    chineseBrowser.screenshot("tasklist-switched-to-en");

    chineseBrowser.click(By.cssSelector(".xborder-language-switch a[lang='zh']"));
    chineseBrowser.visible(By.xpath("//a[contains(., '发起流程')]"));
  }

  @Test
  void zhoujingWatchesTheProjectsInChineseCockpit() throws Exception {
    openLoginPage(chineseBrowser, "cockpit", "用户名", "登录");
    chineseBrowser.logIn(baseUrl(), "cockpit", "zhoujing", "demo");
    chineseBrowser.waitForText("运行中的流程实例");
    chineseBrowser.visible(By.xpath("//a[normalize-space(.) = '流程']"));
    assertNoCamunda8Banner(chineseBrowser);
    chineseBrowser.screenshot("cockpit-zh-CN");
  }

  @Test
  void adminManagesUsersInChineseAdmin() throws Exception {
    openLoginPage(chineseBrowser, "admin", "用户名", "登录");
    chineseBrowser.logIn(baseUrl(), "admin", "admin", "demo");
    chineseBrowser.waitForText("授权");
    chineseBrowser.driver().get(baseUrl() + "/camunda/app/admin/default/#/users");
    chineseBrowser.waitForText("用户列表");
    chineseBrowser.waitForText("zhoujing@demo.xborder-sop.test");
    assertNoCamunda8Banner(chineseBrowser);
    chineseBrowser.screenshot("admin-users-zh-CN");
  }

  @Test
  void anEnglishBrowserGetsEnglishWithoutTheBanner() throws Exception {
    openLoginPage(englishBrowser, "tasklist", "Username", "Log in");

    englishBrowser.logIn(baseUrl(), "tasklist", "photo-agency", "demo");
    englishBrowser.waitForText("Date and Time displayed in local timezone");
    assertThat(activeLanguage(englishBrowser)).isEqualTo("English");
    // The shared filters' names are data, the same in every language: Chinese first, the English part for agencies.
    englishBrowser.waitForText("My group tasks");
    String page = body(englishBrowser);
    for (String filter : List.of("我的任务 My tasks", "组内待认领 My group tasks", "今日到期 Due today", "已逾期 Overdue")) {
      page = page.replace(filter, "");
    }
    assertThat(page).doesNotContain("任务");
    assertNoCamunda8Banner(englishBrowser);
    englishBrowser.screenshot("tasklist-en-US-agency");
  }

  private String baseUrl() {
    return "http://localhost:" + port;
  }

  private static String body(BrowserSession browser) {
    return browser.driver().findElement(By.tagName("body")).getText();
  }

  private static String activeLanguage(BrowserSession browser) {
    return browser.visible(By.cssSelector(".xborder-language-switch a.active")).getText();
  }

  /** Camunda's login page, in the browser's language and without the banner. */
  private void openLoginPage(BrowserSession browser, String app, String usernamePlaceholder, String button) {
    // The app's plugin API starts on its first request, which took nearly a minute on a busy build machine;
    // a page that waits that long for its plugin scripts never starts. Start it before the browser asks.
    assertThat(http.get("/camunda/api/" + app + "/plugin/" + app + "Plugins/static/app/plugin.js", null).statusCode())
        .isEqualTo(200);
    browser.driver().get(baseUrl() + "/camunda/app/" + app + "/");
    // The first page after start-up (cold web app, busy build machine) takes far longer than the usual 20 s.
    new WebDriverWait(browser.driver(), FIRST_PAGE_LOAD).until(ExpectedConditions.visibilityOfElementLocated(
        By.xpath("//button[@type='submit'][normalize-space(.) = '" + button + "']")));
    assertThat(browser.visible(By.cssSelector("input[ng-model='username']")).getAttribute("placeholder"))
        .isEqualTo(usernamePlaceholder);
    assertNoCamunda8Banner(browser);
  }

  /** Camunda 7.24 CE draws the bar in every app's header, in every language: it must take no room at all. */
  private static void assertNoCamunda8Banner(BrowserSession browser) {
    assertThat(body(browser)).doesNotContain("Camunda 8");
    for (WebElement banner : browser.driver().findElements(By.cssSelector(".ce-eol-banner"))) {
      Object height = ((JavascriptExecutor) browser.driver())
          .executeScript("return arguments[0].getBoundingClientRect().height;", banner);
      assertThat(((Number) height).doubleValue()).as("height of the Camunda 8 banner").isZero();
    }
  }
}
