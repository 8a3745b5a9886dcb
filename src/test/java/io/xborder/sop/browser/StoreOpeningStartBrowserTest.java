package io.xborder.sop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformTest;
import io.xborder.sop.storeopening.StoreOpening;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Chinese-speaking colleague opens a store from Tasklist's own "发起流程" without typing any code:
 * the platform gives the project its code, and her first task shows it.
 */
@PlatformTest
class StoreOpeningStartBrowserTest {

  @RegisterExtension
  final BrowserSession browser = new BrowserSession("zh-CN");

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Test
  void linaStartsAStoreOpeningInChineseAndHerFirstTaskCarriesTheProjectCode() throws IOException {
    String storeName = "柏林家居 " + UUID.randomUUID().toString().substring(0, 6);
    browser.logIn("http://localhost:" + port, "tasklist", "lina", "demo");

    browser.click(By.xpath("//a[contains(., '发起流程')]"));
    browser.click(By.xpath("//a[normalize-space(.) = '开店']"));
    browser.click(By.cssSelector("div[id$='-Field_Platform-display']"));
    browser.click(option("亚马逊 Amazon"));
    browser.type(field("Field_Site"), "DE");
    browser.click(option("德国 (DE)"));
    browser.type(field("Field_CompanyName"), "深圳市示例贸易有限公司");
    browser.type(field("Field_StoreName"), storeName);
    browser.click(By.cssSelector("div[id$='-Field_RiskLevel-display']"));
    browser.click(option("一般"));
    browser.type(field("Field_ProjectOwner"), "lina");
    browser.click(option("Li Na (lina)"));
    browser.screenshot("store-opening-start-zh-CN");
    browser.click(By.cssSelector("button[ng-click='startProcessInstance()']"));

    ProcessInstance project = awaitProject(storeName);
    assertThat(project.getBusinessKey()).matches("SO-AMZ-DE-\\d{4,}");
    browser.click(By.xpath("//a[contains(., 'My tasks')]"));
    browser.waitForText("准备公司资料 · " + project.getBusinessKey());
    browser.screenshot("store-opening-first-task-zh-CN");
  }

  private static By field(String componentId) {
    return By.cssSelector("input[id$='-" + componentId + "']");
  }

  private static By option(String label) {
    return By.xpath("//div[contains(@class, 'fjs-dropdownlist-item')][normalize-space(.) = '" + label + "']");
  }

  /** The browser works asynchronously; the engine is the witness of what it did. */
  private ProcessInstance awaitProject(String storeName) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      ProcessInstance project = engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(StoreOpening.PROCESS_KEY).variableValueEquals(StoreOpening.STORE_NAME, storeName)
          .singleResult();
      if (project != null) {
        return project;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("No store opening for '" + storeName + "' within 20 s");
  }
}
