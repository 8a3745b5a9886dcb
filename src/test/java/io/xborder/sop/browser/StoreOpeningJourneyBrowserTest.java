package io.xborder.sop.browser;

import static io.xborder.sop.browser.TasklistForms.checkbox;
import static io.xborder.sop.browser.TasklistForms.choose;
import static io.xborder.sop.browser.TasklistForms.field;
import static io.xborder.sop.browser.TasklistForms.option;
import static io.xborder.sop.browser.TasklistForms.typeDate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import io.xborder.sop.storeopening.StoreOpening;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Chinese-speaking team opens an Amazon DE store in Tasklist alone, start to finish, as each person
 * would: lina starts it from 发起流程 without typing a code and works her steps, the supervisor and the
 * manager sign the KYC documents off, the ERP reports the marketplace's approval, compliance, finance
 * and operations do the site's steps, payout, tax and first listing, and lina closes the project.
 * Every task names its project; screenshots of each step are under target/browser-journey/.
 */
@PlatformTest
class StoreOpeningJourneyBrowserTest {

  /** The shared filters, by the English part of their names (they may carry a Chinese one beside it). */
  private static final String MY_TASKS = "My tasks";
  private static final String MY_GROUP_TASKS = "My group tasks";
  private static final List<String> AMAZON_DE_SITE_STEPS =
      List.of("注册 VAT 税号", "披露持股超过 25% 的受益所有人", "准备身份验证视频通话", "在 LUCID 注册包装");
  /** Tasklist's start button under a start form. */
  private static final By START =
      By.xpath("//button[@ng-click='startProcessInstance()'][normalize-space(.) = '发起']");

  @RegisterExtension
  final BrowserSession browser = new BrowserSession("zh-CN");

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  PlatformHttp http;

  private int step;
  private String openTaskName;
  private String openTaskId;

  @Test
  void aNewHireOpensAnAmazonGermanyStoreInChineseTasklistFromStartToClosure() throws IOException {
    String storeName = "柏林家居 " + UUID.randomUUID().toString().substring(0, 6);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    logIn("lina");
    openStartForm();
    fillStartForm(storeName, "lina");
    screenshot("start-form");
    browser.click(START);
    browser.waitForText("流程已发起");

    ProcessInstance project = Awaiting.value("store opening for '" + storeName + "'",
        () -> engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(StoreOpening.PROCESS_KEY)
            .variableValueEquals(StoreOpening.STORE_NAME, storeName).singleResult());
    String code = project.getBusinessKey();
    assertThat(code).matches("SO-AMZ-DE-\\d{4,}");
    String subject = storeName + " · 亚马逊 Amazon · 德国 (DE)";

    openTask(MY_TASKS, "准备公司资料", code, subject, "prepare-company-documents-opened");
    assertLabels("扫描件位置（文件夹或链接）", "店铺", "平台", "站点");
    assertThat(browser.visible(field("Field_StoreName")).getAttribute("value")).isEqualTo(storeName);
    browser.type(field("Field_DocumentsFolder"), "\\\\nas\\开店\\" + code);
    screenshot("prepare-company-documents");
    complete();

    openTask(MY_TASKS, "注册店铺邮箱", code, subject, "register-store-email-opened");
    assertLabels("店铺邮箱");
    browser.type(field("Field_StoreEmail"), "de-store@example.com");
    screenshot("register-store-email");
    complete();

    openTask(MY_TASKS, "提交公司信息", code, subject, "submit-company-information-opened");
    assertLabels("已填写的法定代表人和受益所有人");
    browser.type(field("Field_BeneficialOwners"), "法定代表人：王芳（持股 100%）");
    screenshot("submit-company-information");
    complete();

    // The KYC form lists what this platform and site require before the first round.
    openTask(MY_TASKS, "收集 KYC 资料", code, subject, "collect-kyc-documents-opened");
    browser.waitForText("本店铺（DE 站点）需要以下资料");
    assertThat(browser.bodyText()).contains("营业执照", "法定代表人身份证", "银行或信用卡对账单");
    browser.type(field("Field_BusinessLicenceReference"), "91440300MA5EXAMPLE");
    typeDate(browser, "Field_BusinessLicenceExpiry", today.plusYears(3));
    browser.type(field("Field_LegalRepIdReference"), "440301199001011234");
    typeDate(browser, "Field_LegalRepIdExpiry", today.plusYears(8));
    browser.type(field("Field_StatementReference"), "招商银行 6214 **** 0088");
    typeDate(browser, "Field_StatementIssueDate", today.minusDays(10));
    screenshot("collect-kyc-documents");
    complete();
    browser.logOut();

    // Two-level sign-off: the supervisor, then the manager; each sees what is signed off and who prepared it.
    logIn("sunhao");
    openTask(MY_GROUP_TASKS, "一级审批", code, subject, "first-level-sign-off-opened");
    claim();
    assertSignOffShowsTheDocuments(today);
    assertThat(browser.visible(field("Field_PreparedBy")).getAttribute("value")).isEqualTo("lina");
    browser.click(checkbox("我批准"));
    screenshot("first-level-sign-off");
    complete();
    browser.logOut();

    logIn("zhoujing");
    openTask(MY_GROUP_TASKS, "二级审批", code, subject, "second-level-sign-off-opened");
    claim();
    assertSignOffShowsTheDocuments(today);
    assertThat(browser.visible(field("Field_Level1Approver")).getAttribute("value")).isEqualTo("sunhao");
    browser.click(checkbox("我批准"));
    screenshot("second-level-sign-off");
    complete();
    browser.logOut();

    logIn("lina");
    openTask(MY_TASKS, "向平台提交 KYC", code, subject, "submit-kyc-opened");
    browser.type(field("Field_SubmissionReference"), "CASE-12345678");
    screenshot("submit-kyc");
    complete();

    // The marketplace's answer comes from the ERP, as the integration sends it.
    HttpResponse<String> review = http.deliverEvent("erp-integration", StoreOpening.REVIEW_RESULT_MESSAGE,
        "{\"projectCode\": \"" + code + "\", \"reviewOutcome\": \"approved\"}");
    assertThat(review.statusCode()).as(review.body()).isEqualTo(200);
    browser.logOut();

    logIn("chenjie");
    for (String siteStep : AMAZON_DE_SITE_STEPS) {
      int number = AMAZON_DE_SITE_STEPS.indexOf(siteStep) + 1;
      openTask(MY_GROUP_TASKS, siteStep, code, subject, "site-step-" + number + "-opened");
      claim();
      assertThat(browser.visible(field("Field_SiteStep")).getAttribute("value")).isEqualTo(siteStep);
      browser.type(field("Field_SiteStepReference"), "DE-REF-" + number);
      screenshot("site-step-" + number);
      complete();
    }
    browser.logOut();

    logIn("liuyang");
    openTask(MY_GROUP_TASKS, "绑定收款账户", code, subject, "bind-payout-account-opened");
    claim();
    browser.type(field("Field_PayoutAccountLast4"), "0088");
    screenshot("bind-payout-account");
    complete();
    openTask(MY_GROUP_TASKS, "税务设置", code, subject, "set-up-tax-opened");
    claim();
    browser.type(field("Field_TaxSettings"), "DE VAT DE123456789，已上传税务表格");
    screenshot("set-up-tax");
    complete();
    browser.logOut();

    logIn("wangwei");
    openTask(MY_GROUP_TASKS, "上架首个商品", code, subject, "list-first-product-opened");
    claim();
    browser.type(field("Field_FirstListingId"), "B0EXAMPLE1");
    screenshot("list-first-product");
    complete();
    browser.logOut();

    logIn("lina");
    openTask(MY_TASKS, "确认开店完成", code, subject, "confirm-closure-opened");
    browser.waitForText("已开通");
    choose(browser, "Field_ClosureConfirmed", "所有步骤已完成、证据已归档：关闭项目");
    screenshot("confirm-closure");
    complete();

    HistoricProcessInstance finished = Awaiting.value("end of " + code, () -> engine.getHistoryService()
        .createHistoricProcessInstanceQuery().processInstanceId(project.getId()).finished().singleResult());
    assertThat(finished.getEndActivityId()).isEqualTo(StoreOpening.EVENT_STORE_OPENED);
  }

  @Test
  void aStartThePlatformRefusesIsExplainedInChineseWithoutJavaText() throws IOException {
    String storeName = "慕尼黑户外 " + UUID.randomUUID().toString().substring(0, 6);
    SoftAssertions refusals = new SoftAssertions();
    logIn("lina");
    openStartForm();

    // Nothing filled in: the form itself names what is missing, in Chinese, and nothing starts.
    browser.click(START);
    String missing = browser.visible(By.cssSelector(".fjs-form-field-error")).getText();
    browser.screenshot("browser-journey/refused-start-empty");
    refusals.assertThat(missing).as("the empty start form's message").contains("必填").doesNotContain("Field is required");

    // The owner is chosen from the team, so an unknown owner can only come from a hand-made request, as Tasklist
    // sends it (its session, its CSRF token); the platform refuses it with the valid choices and no Java text.
    PlatformHttp.WebAppSession session = http.webAppSession("lina", "tasklist");
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(StoreOpening.PROCESS_KEY).latestVersion().singleResult().getId();
    HttpResponse<String> unknownOwner = http.webAppPostJson(session,
        "/camunda/api/engine/engine/default/process-definition/" + definitionId + "/submit-form",
        "{\"variables\": {\"platform\": {\"value\": \"amazon\"}, \"site\": {\"value\": \"DE\"},"
            + " \"companyName\": {\"value\": \"深圳市示例贸易有限公司\"}, \"storeName\": {\"value\": \"" + storeName + "\"},"
            + " \"riskLevel\": {\"value\": \"normal\"}, \"projectOwner\": {\"value\": \"nobody\"}}}");
    refusals.assertThat(unknownOwner.statusCode()).as("a start with an owner from outside the team").isEqualTo(400);
    refusals.assertThat(new ObjectMapper().readTree(unknownOwner.body()).path("message").asText())
        .as("the refusal of an unknown owner").contains("项目负责人“nobody”不是本团队成员", "lina")
        .doesNotContain("Cannot instantiate", "store-opening:", "Exception");

    // A site the marketplace does not have, sent the same way.
    HttpResponse<String> badSite = http.webAppPostJson(session,
        "/camunda/api/engine/engine/default/process-definition/" + definitionId + "/submit-form",
        "{\"variables\": {\"platform\": {\"value\": \"amazon\"}, \"site\": {\"value\": \"XX\"},"
            + " \"companyName\": {\"value\": \"深圳市示例贸易有限公司\"}, \"storeName\": {\"value\": \"" + storeName + "\"},"
            + " \"riskLevel\": {\"value\": \"normal\"}, \"projectOwner\": {\"value\": \"lina\"}}}");
    refusals.assertThat(badSite.statusCode()).as("a start with a site Amazon does not have").isEqualTo(400);
    refusals.assertThat(new ObjectMapper().readTree(badSite.body()).path("message").asText())
        .as("the refusal of a site Amazon does not have").contains("站点")
        .doesNotContain("Cannot instantiate", "store-opening:", "Exception");

    refusals.assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .variableValueEquals(StoreOpening.STORE_NAME, storeName).count()).as("projects started").isZero();
    refusals.assertAll();
  }

  private void openStartForm() {
    browser.click(By.xpath("//a[contains(., '发起流程')]"));
    browser.click(By.xpath("//a[normalize-space(.) = '开店']"));
    browser.waitForText("发起后平台会自动生成项目编号");
  }

  private void fillStartForm(String storeName, String owner) {
    choose(browser, "Field_Platform", "亚马逊 Amazon");
    browser.type(field("Field_Site"), "DE");
    browser.click(option("德国 (DE)"));
    browser.type(field("Field_CompanyName"), "深圳市示例贸易有限公司");
    browser.type(field("Field_StoreName"), storeName);
    choose(browser, "Field_RiskLevel", "一般");
    browser.type(field("Field_ProjectOwner"), owner);
    browser.click(By.xpath("//*[contains(@class, 'fjs-dropdownlist-item')][contains(., '(" + owner + ")')]"));
  }

  private void logIn(String user) {
    browser.logIn("http://localhost:" + port, "tasklist", user, PlatformHttp.DEMO_PASSWORD);
    browser.visible(By.xpath("//a[contains(., '发起流程')]"));
    browser.visible(filter(MY_TASKS));
    browser.assertNoCamunda8Banner();
  }

  private static By filter(String englishName) {
    return By.xpath("//*[contains(@class, 'filters')]//a[contains(., '" + englishName + "')]");
  }

  /**
   * Opens the task from a shared filter's list as a person does: the list entry names the step and the
   * project code, and its columns show code and subject; the task header names both again.
   */
  private void openTask(String filterName, String stepName, String code, String subject, String screenshotName)
      throws IOException {
    String taskName = stepName + " · " + code;
    openTaskName = taskName;
    openTaskId = Awaiting.value("task '" + taskName + "'",
        () -> engine.getTaskService().createTaskQuery().taskName(taskName).singleResult()).getId();
    browser.click(filter(filterName));
    By entry = By.xpath("//li[contains(@class, 'task')][.//a[normalize-space(.) = '" + taskName + "']]");
    // Tasklist redraws its list now and then (the filters refresh): read the entry again when it was replaced.
    Map<String, String> columns = browser.waiting().ignoring(StaleElementReferenceException.class)
        .withMessage("the list's project columns (项目编号, 项目) of '" + taskName + "'")
        .until(page -> columns(page.findElement(entry)));
    assertThat(columns).as("the list's project columns of '" + taskName + "'")
        .containsEntry("项目编号", code).containsEntry("项目", subject);
    browser.click(By.xpath("//li[contains(@class, 'task')]//a[normalize-space(.) = '" + taskName + "']"));
    browser.waitFor(By.xpath("//*[contains(@class, 'task-details')]//*[contains(@class, 'names')]"
        + "[contains(., '" + taskName + "')]"));
    browser.assertNoCamunda8Banner();
    screenshot(screenshotName);
  }

  /** Claims the open group task with Tasklist's 认领; its form opens for input once the engine has it assigned. */
  private void claim() {
    browser.dismissNotifications();
    browser.click(By.xpath("//button[@ng-click='claim()'][normalize-space(.) = '认领']"));
    Awaiting.value("claim of " + openTaskName, () -> engine.getTaskService().createTaskQuery().taskId(openTaskId)
        .taskAssigned().singleResult());
  }

  /** Completes the open task with Tasklist's 完成 and waits until the engine has it done. */
  private void complete() {
    browser.dismissNotifications();
    browser.click(By.xpath("//button[@ng-click='complete()'][normalize-space(.) = '完成']"));
    assertThat(Awaiting.until(() -> engine.getTaskService().createTaskQuery().taskId(openTaskId).count() == 0))
        .as("'" + openTaskName + "' completed").isTrue();
  }

  /**
   * The variable columns of a task's list entry, by the Chinese part of their labels ("项目编号 Project code:").
   * The value is read from the DOM: the card cuts long values off with an ellipsis. Null while none are drawn.
   */
  private static Map<String, String> columns(WebElement listEntry) {
    Map<String, String> columns = new HashMap<>();
    for (WebElement item : listEntry.findElements(By.cssSelector(".variable-item"))) {
      String label = item.findElement(By.cssSelector(".variable-label")).getAttribute("textContent").strip();
      List<WebElement> spans = item.findElements(By.cssSelector(":scope > span"));
      String value = spans.get(spans.size() - 1).getAttribute("textContent").strip();
      columns.put(label.split("[ :：]")[0], value);
    }
    return columns.isEmpty() ? null : columns;
  }

  private void assertLabels(String... labels) {
    for (String label : labels) {
      browser.visible(By.xpath("//label[contains(normalize-space(.), '" + label + "')]"));
    }
  }

  private void assertSignOffShowsTheDocuments(LocalDate today) {
    assertLabels("审批内容", "资料、编号和日期", "经办人", "已退回修改次数");
    assertThat(browser.visible(field("Field_SignOffSubject")).getAttribute("value"))
        .contains("深圳市示例贸易有限公司", "DE", "KYC");
    assertThat(browser.visible(field("Field_SignOffDetails")).getAttribute("value"))
        .contains("营业执照：91440300MA5EXAMPLE", today.plusYears(3).toString(), "440301199001011234",
            "招商银行 6214 **** 0088", today.minusDays(10).toString());
    assertThat(browser.visible(field("Field_ReworkCount")).getAttribute("value")).isEqualTo("0");
  }

  private void screenshot(String name) throws IOException {
    browser.screenshot(String.format("browser-journey/%02d-%s", ++step, name));
  }
}
