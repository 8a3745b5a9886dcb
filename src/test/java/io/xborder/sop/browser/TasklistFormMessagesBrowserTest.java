package io.xborder.sop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The checks Tasklist's forms make in the browser, before anything is sent, speak Chinese to a Chinese browser. */
@PlatformTest
class TasklistFormMessagesBrowserTest {

  @RegisterExtension
  final BrowserSession browser = new BrowserSession("zh-CN");

  @LocalServerPort
  int port;

  @Test
  void anEmptiedRequiredFieldAndATooLongNameAreExplainedInChinese() throws IOException {
    browser.logIn("http://localhost:" + port, "tasklist", "lina", "demo");
    browser.click(By.xpath("//a[contains(., '发起流程')]"));
    browser.click(By.xpath("//a[normalize-space(.) = '开店']"));
    // Tasklist keeps 发起 disabled while the form is not valid; form-js checks a field as it changes.
    browser.type(By.cssSelector("input[id$='-Field_CompanyName']"), "深" + Keys.BACK_SPACE);
    browser.type(By.cssSelector("input[id$='-Field_StoreName']"), "店".repeat(121));

    browser.waitForText("此项为必填项。");
    browser.waitForText("最多 120 个字符。");
    browser.screenshot("store-opening-start-form-checks-zh-CN");
    String errors = String.join("\n", browser.driver().findElements(By.cssSelector(".fjs-form-field-error"))
        .stream().map(error -> error.getText()).toList());
    assertThat(errors).doesNotContain("Field").doesNotContain("must");
  }
}
