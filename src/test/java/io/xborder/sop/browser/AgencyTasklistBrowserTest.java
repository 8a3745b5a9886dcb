package io.xborder.sop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformTest;
import io.xborder.sop.launch.ProductLaunch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The outside photo agency does its part of a launch in Tasklist and sees nothing else. */
@PlatformTest
class AgencyTasklistBrowserTest {

  @RegisterExtension
  final BrowserSession browser = new BrowserSession();

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Test
  void theAgencyDeliversThePhotosOfALaunch() throws Exception {
    String launchId = engine.getRuntimeService().startProcessInstanceByKey(ProductLaunch.PROCESS_KEY, "PL-" + UUID.randomUUID(),
        Map.of(ProductLaunch.PRODUCT_NAME, "Agency test board", ProductLaunch.SKU, "ATB-1", ProductLaunch.SITE, "US")).getId();
    completeTask(launchId, ProductLaunch.TASK_RESEARCH);
    completeTask(launchId, ProductLaunch.TASK_CONFIRM_SUPPLIER);
    Task photos = engine.getTaskService().createTaskQuery().processInstanceId(launchId)
        .taskDefinitionKey(ProductLaunch.TASK_SHOOT_PHOTOS).singleResult();
    String baseUrl = "http://localhost:" + port;

    browser.logIn(baseUrl, "tasklist", "photo-agency", "demo");
    browser.click(By.xpath("//a[contains(., 'My group tasks')]"));
    browser.driver().get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + photos.getId());
    assertThat(browser.visible(By.cssSelector("input[id$='-Field_ProductName']")).getAttribute("value"))
        .isEqualTo("Agency test board");
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/agency-task.png"), ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    browser.click(By.cssSelector("button[ng-click='claim()']"));
    browser.driver().get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + photos.getId());
    browser.type(By.cssSelector("input[id$='-Field_PhotoSetLink']"), "https://share.example/agency-set");
    browser.type(By.cssSelector("input[id$='-Field_ImageCount']"), "8");
    browser.click(By.cssSelector("button[ng-click='complete()']"));

    assertThat(Awaiting.until(() -> engine.getTaskService().createTaskQuery().taskId(photos.getId()).count() == 0)).isTrue();
    assertThat(engine.getRuntimeService().getVariable(launchId, "photoSetLink")).isEqualTo("https://share.example/agency-set");
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(photos.getId()).singleResult()
        .getAssignee()).isEqualTo("photo-agency");
  }

  private void completeTask(String processInstanceId, String taskKey) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey).singleResult();
    engine.getTaskService().complete(task.getId());
  }
}
