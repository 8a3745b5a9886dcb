package io.xborder.sop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
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

  @LocalServerPort
  int port;

  @Test
  void linaWorksInChineseTasklistAndMaySwitchToEnglish() throws Exception {
    openLoginPage(chineseBrowser, "tasklist", "用户名", "登录");
    chineseBrowser.screenshot("tasklist-login-zh-CN");

    chineseBrowser.logIn(baseUrl(), "tasklist", "lina", "demo");
    chineseBrowser.visible(By.xpath("//a[contains(., '发起流程')]"));
    chineseBrowser.waitForText("日期和时间按本地时区显示");
    assertThat(activeLanguage(chineseBrowser)).isEqualTo("中文");
    chineseBrowser.assertNoCamunda8Banner();
    chineseBrowser.screenshot("tasklist-zh-CN");

    chineseBrowser.driver().get(baseUrl() + "/camunda/app/welcome/default/");
    chineseBrowser.visible(By.xpath("//h3[normalize-space(.) = '应用']"));
    chineseBrowser.assertNoCamunda8Banner();
    chineseBrowser.screenshot("welcome-zh-CN");

    chineseBrowser.driver().get(baseUrl() + "/camunda/app/tasklist/default/");
    chineseBrowser.click(By.cssSelector(".xborder-language-switch a[lang='en']"));
    chineseBrowser.visible(By.xpath("//a[contains(., 'Start process')]"));
    assertThat(activeLanguage(chineseBrowser)).isEqualTo("English");
    assertThat(chineseBrowser.bodyText()).doesNotContain("发起流程");
    chineseBrowser.assertNoCamunda8Banner();
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
    chineseBrowser.assertNoCamunda8Banner();
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
    chineseBrowser.assertNoCamunda8Banner();
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
    String page = englishBrowser.bodyText();
    for (String filter : List.of("我的任务 My tasks", "组内待认领 My group tasks", "今日到期 Due today", "已逾期 Overdue")) {
      page = page.replace(filter, "");
    }
    assertThat(page).doesNotContain("任务");
    englishBrowser.assertNoCamunda8Banner();
    englishBrowser.screenshot("tasklist-en-US-agency");
  }

  private String baseUrl() {
    return "http://localhost:" + port;
  }

  private static String activeLanguage(BrowserSession browser) {
    return browser.visible(By.cssSelector(".xborder-language-switch a.active")).getText();
  }

  /** Camunda's login page, in the browser's language and without the banner. */
  private void openLoginPage(BrowserSession browser, String app, String usernamePlaceholder, String button) {
    browser.openLoginPage(baseUrl(), app);
    browser.visible(By.xpath("//button[@type='submit'][normalize-space(.) = '" + button + "']"));
    assertThat(browser.visible(By.cssSelector("input[ng-model='username']")).getAttribute("placeholder"))
        .isEqualTo(usernamePlaceholder);
    browser.assertNoCamunda8Banner();
  }
}
