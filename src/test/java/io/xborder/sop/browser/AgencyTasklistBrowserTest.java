package io.xborder.sop.browser;

import static io.xborder.sop.PlatformHttp.REST;
import static io.xborder.sop.PlatformHttp.json;
import static io.xborder.sop.browser.TasklistForms.field;
import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import io.xborder.sop.launch.ProductLaunch;
import io.xborder.sop.storeopening.StoreOpening;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The outside photo agency does its part of a launch in English Tasklist and sees nothing else: the
 * staff start the launch and do research and supplier over REST, the agency finds its photo task by the
 * project code, delivers the photos through the English form, and the task is gone.
 */
@PlatformTest
class AgencyTasklistBrowserTest {

  /** Chinese characters (CJK ideographs and full-width punctuation): staff texts the agency cannot read. */
  private static final Pattern CHINESE = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]");

  @RegisterExtension
  final BrowserSession browser = new BrowserSession();

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  PlatformHttp http;

  @Test
  void theAgencyFindsItsPhotoTaskByTheProjectCodeAndDeliversThePhotosInEnglish() throws IOException {
    String product = "Bamboo cutting board " + UUID.randomUUID().toString().substring(0, 6);
    String launchId = startAsStaff("product-launch", "{\"productName\": {\"value\": \"" + product + "\"},"
        + " \"sku\": {\"value\": \"BCB-7\"}, \"site\": {\"value\": \"US\"},"
        + " \"targetLaunchDate\": {\"value\": \"2027-03-01\"}}");
    String code = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(launchId).singleResult()
        .getBusinessKey();
    assertThat(code).matches("PL-US-\\d{4,}");
    completeAsStaff(launchId, ProductLaunch.TASK_RESEARCH, "lina",
        "{\"marketNotes\": {\"value\": \"竞品均价 29.99，差评集中在开裂\"}, \"targetPrice\": {\"value\": 27.5}}");
    completeAsStaff(launchId, ProductLaunch.TASK_CONFIRM_SUPPLIER, "zhangqiang",
        "{\"supplierName\": {\"value\": \"阳江竹木制品厂\"}, \"unitCost\": {\"value\": 31.5},"
            + " \"minimumOrderQuantity\": {\"value\": 500}, \"leadTimeDays\": {\"value\": 20}}");
    // Another project at the same time, the agency's business in no way.
    String otherStore = "深圳店铺 " + UUID.randomUUID().toString().substring(0, 6);
    startAsStaff(StoreOpening.PROCESS_KEY, "{\"platform\": {\"value\": \"amazon\"}, \"site\": {\"value\": \"DE\"},"
        + " \"companyName\": {\"value\": \"深圳市示例贸易有限公司\"}, \"storeName\": {\"value\": \"" + otherStore + "\"},"
        + " \"riskLevel\": {\"value\": \"normal\"}, \"projectOwner\": {\"value\": \"lina\"}}");
    Task photos = engine.getTaskService().createTaskQuery().processInstanceId(launchId)
        .taskDefinitionKey(ProductLaunch.TASK_SHOOT_PHOTOS).singleResult();
    String taskName = "Shoot the product photos · " + code;
    assertThat(photos.getName()).isEqualTo(taskName);

    browser.logIn("http://localhost:" + port, "tasklist", "photo-agency", PlatformHttp.DEMO_PASSWORD);
    browser.waitForText("Start process");
    browser.assertNoCamunda8Banner();
    browser.click(By.xpath("//*[contains(@class, 'filters')]//a[contains(., 'My group tasks')]"));
    WebElement listed = browser.visible(By.xpath("//li[contains(@class, 'task')][.//a[normalize-space(.) = '"
        + taskName + "']]"));
    assertThat(listed.getText()).contains("Project code", code, product + " (BCB-7)");
    // Whatever else is listed is photo work for the agency too (other tests' launches), never staff tasks.
    for (WebElement name : browser.driver().findElements(By.cssSelector("li.task h4.task a"))) {
      assertThat(name.getText()).doesNotContainPattern(CHINESE).containsPattern("photos · PL-");
    }
    browser.screenshot("agency-journey/01-group-tasks");

    browser.click(By.xpath("//li[contains(@class, 'task')]//a[normalize-space(.) = '" + taskName + "']"));
    browser.visible(By.xpath("//*[contains(@class, 'task-details')]//*[contains(@class, 'names')][contains(., '"
        + taskName + "')]"));
    assertThat(browser.visible(field("Field_ProductName")).getAttribute("value")).isEqualTo(product);
    browser.click(By.xpath("//button[@ng-click='claim()'][normalize-space(.) = 'Claim']"));
    WebElement link = browser.waitFor(field("Field_PhotoSetLink"));
    String form = browser.visible(By.cssSelector(".fjs-form")).getText();
    assertThat(form).contains("Shoot the product photos", "Link to the photo set", "Number of images delivered")
        .doesNotContainPattern(CHINESE);
    String page = browser.bodyText();
    assertThat(page).doesNotContain(otherStore, "阳江竹木制品厂", "31.5", "竞品均价", "27.5");
    link.sendKeys("https://share.example/agency-set");
    browser.type(field("Field_ImageCount"), "8");
    browser.screenshot("agency-journey/02-photo-task-filled");
    browser.dismissNotifications();
    browser.click(By.xpath("//button[@ng-click='complete()'][normalize-space(.) = 'Complete']"));

    assertThat(Awaiting.until(() -> engine.getTaskService().createTaskQuery().taskId(photos.getId()).count() == 0))
        .isTrue();
    assertThat(engine.getRuntimeService().getVariable(launchId, "photoSetLink")).isEqualTo("https://share.example/agency-set");
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(photos.getId()).singleResult()
        .getAssignee()).isEqualTo("photo-agency");
    browser.click(By.xpath("//*[contains(@class, 'filters')]//a[contains(., 'My tasks')]"));
    browser.waitForText("My tasks");
    assertThat(Awaiting.until(() -> browser.driver().findElements(By.xpath("//a[contains(., '" + code + "')]")).isEmpty()))
        .as("the delivered task has left the agency's lists").isTrue();
    browser.screenshot("agency-journey/03-task-gone");
  }

  /** A project started as staff start it over REST, with a code the platform gives. */
  private String startAsStaff(String processKey, String variables) {
    HttpResponse<String> started = http.postJson(REST + "/process-definition/key/" + processKey + "/start", "lina",
        "{\"variables\": " + variables + "}");
    return json(started).get("id").asText();
  }

  private void completeAsStaff(String processInstanceId, String taskKey, String user, String variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(http.postJson(REST + "/task/" + task.getId() + "/claim", user, "{\"userId\": \"" + user + "\"}")
        .statusCode()).isEqualTo(204);
    HttpResponse<String> done = http.postJson(REST + "/task/" + task.getId() + "/submit-form", user,
        "{\"variables\": " + variables + "}");
    assertThat(done.statusCode()).as(done.body()).isIn(200, 204);
  }
}
