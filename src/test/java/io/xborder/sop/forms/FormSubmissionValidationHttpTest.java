package io.xborder.sop.forms;

import static io.xborder.sop.PlatformHttp.REST;
import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import io.xborder.sop.kickoff.ProjectKickoff;
import io.xborder.sop.templates.LintCorpus;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the browser checks, the server checks again: a bad submission is refused and nothing is written. */
@PlatformTest
class FormSubmissionValidationHttpTest {

  @Autowired
  PlatformHttp http;

  @Autowired
  ProcessEngine engine;

  @Test
  void aStartFormWithMissingAndMalformedFieldsIsRefusedNamingThem() {
    long projectsBefore = kickoffs();

    HttpResponse<String> refused = http.postJson(REST + "/process-definition/key/project-kickoff/submit-form", "lina",
        "{\"variables\": {\"projectName\": {\"value\": \"Lazada TH\"}, \"platform\": {\"value\": \"aliexpress\"},"
            + " \"site\": {\"value\": \"thailand\"}}}");

    assertThat(refused.statusCode()).isEqualTo(400);
    // The site is now chosen from the marketplaces' sites, so a typed country is not one of them.
    assertThat(refused.body()).contains("goal is required").contains("site must be one of the form's options")
        .contains("platform must be one of the form's options");
    assertThat(refused.body()).as("Chinese first, by the label the form shows").contains("「目标」为必填项");
    assertThat(kickoffs()).isEqualTo(projectsBefore);
  }

  @Test
  void aFormatIsCheckedByTheServerAndExplainedWithoutItsRegularExpression() {
    HttpResponse<String> refused = http.postJson(REST + "/process-definition/key/product-launch/submit-form", "lina",
        "{\"variables\": {\"productName\": {\"value\": \"Desk lamp\"}, \"sku\": {\"value\": \"LAMP 01 / white\"},"
            + " \"site\": {\"value\": \"DE\"}, \"targetLaunchDate\": {\"value\": \"2027-03-01\"}}}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("「SKU」的格式不对，请按字段说明填写").contains("sku must match the format")
        .doesNotContain("^[").doesNotContain("]+$");
  }

  @Test
  void startingThroughTheApiIsHeldToTheStartFormToo() {
    HttpResponse<String> refused = http.postJson(REST + "/process-definition/key/project-kickoff/start", "lina",
        "{\"variables\": {\"projectName\": {\"value\": \"No goal\"}}}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("goal is required");
  }

  @Test
  void aCorrectStartFormStartsTheProject() {
    HttpResponse<String> started = http.postJson(REST + "/process-definition/key/project-kickoff/submit-form", "lina",
        "{\"variables\": {\"projectName\": {\"value\": \"Lazada TH\"}, \"platform\": {\"value\": \"lazada\"},"
            + " \"site\": {\"value\": \"TH\"}, \"goal\": {\"value\": \"Open the Thai store\"}}}");

    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
  }

  @Test
  void aTaskCompletedWithoutItsRequiredFieldsStaysOpenWhicheverCallIsUsed() {
    String project = engine.getRuntimeService().startProcessInstanceByKey(ProjectKickoff.PROCESS_KEY,
        Map.of(ProjectKickoff.PROJECT_NAME, "Validation check")).getId();
    Task scope = engine.getTaskService().createTaskQuery().processInstanceId(project).singleResult();

    HttpResponse<String> complete = http.postJson(REST + "/task/" + scope.getId() + "/complete", "wangwei",
        "{\"variables\": {\"scopeSummary\": {\"value\": \"\"}}}");
    HttpResponse<String> submit = http.postJson(REST + "/task/" + scope.getId() + "/submit-form", "wangwei",
        "{\"variables\": {\"scopeSummary\": {\"value\": \"Listings only\"}}}");

    assertThat(complete.statusCode()).isEqualTo(400);
    assertThat(complete.body()).contains("scopeSummary is required").contains("firstMilestoneDate is required");
    assertThat(submit.statusCode()).isEqualTo(400);
    assertThat(submit.body()).contains("firstMilestoneDate is required").doesNotContain("scopeSummary is required");
    assertThat(engine.getTaskService().createTaskQuery().taskId(scope.getId()).count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariable(project, ProjectKickoff.SCOPE_SUMMARY)).isNull();
  }

  /** A form referenced by a form key rather than camunda:formRef, as Modeler's "Camunda Forms" with a deployed file. */
  @Test
  void aFormReferencedByItsFormKeyIsHeldToItsRulesToo() {
    deployCorpusFolder("invoice-camunda-forms");
    String project = engine.getRuntimeService().startProcessInstanceByKey("corpus-invoice-forms").getId();
    Task approve = engine.getTaskService().createTaskQuery().processInstanceId(project).singleResult();

    HttpResponse<String> refused = http.postJson(REST + "/task/" + approve.getId() + "/complete", "liuyang",
        "{\"variables\": {\"approved\": {\"value\": true}, \"approvalNote\": {\"value\": \"\"}}}");
    HttpResponse<String> completed = http.postJson(REST + "/task/" + approve.getId() + "/complete", "liuyang",
        "{\"variables\": {\"approved\": {\"value\": true}, \"approvalNote\": {\"value\": \"金额无误\"}}}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("「审批意见」为必填项").contains("approvalNote is required");
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
  }

  /** Modeler's "Generated Task Forms": their constraints hold for every completion, not only Tasklist's submit. */
  @Test
  void aGeneratedFormIsHeldToItsConstraintsToo() {
    deployCorpusFolder("call-activity");
    String shipment = engine.getRuntimeService().startProcessInstanceByKey("corpus-ship-order").getId();
    Task pack = engine.getTaskService().createTaskQuery().processInstanceId(shipment).singleResult();

    HttpResponse<String> refused = http.postJson(REST + "/task/" + pack.getId() + "/complete", "zhangqiang", "{\"variables\": {}}");
    HttpResponse<String> completed = http.postJson(REST + "/task/" + pack.getId() + "/complete", "zhangqiang",
        "{\"variables\": {\"trackingNumber\": {\"value\": \"SF1234567890\"}}}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("「运单号」为必填项").contains("trackingNumber is required");
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
  }

  @Test
  void aGeneratedFormIsTheContractOfItsTaskLikeACamundaForm() {
    deployCorpusFolder("call-activity");
    String shipment = engine.getRuntimeService().startProcessInstanceByKey("corpus-ship-order").getId();
    Task pack = engine.getTaskService().createTaskQuery().processInstanceId(shipment).singleResult();

    HttpResponse<String> slippedIn = http.postJson(REST + "/task/" + pack.getId() + "/complete", "zhangqiang",
        "{\"variables\": {\"trackingNumber\": {\"value\": \"SF1234567890\"}, \"invoiceAmount\": {\"value\": 1}}}");

    assertThat(slippedIn.statusCode()).as(slippedIn.body()).isEqualTo(400);
    assertThat(slippedIn.body()).contains("invoiceAmount");
    assertThat(engine.getTaskService().createTaskQuery().taskId(pack.getId()).count()).as("the task is still open").isOne();
    assertThat(engine.getRuntimeService().getVariable(shipment, "invoiceAmount")).isNull();
  }

  /** A folder of the lint corpus, deployed as an analyst does from Modeler. */
  private void deployCorpusFolder(String folder) {
    HttpResponse<String> deployed = http.deployAsModeler("analyst", "forms-" + folder, LintCorpus.files(folder));
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
  }

  private long kickoffs() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ProjectKickoff.PROCESS_KEY).count();
  }
}
