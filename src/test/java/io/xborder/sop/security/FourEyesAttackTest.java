package io.xborder.sop.security;

import static io.xborder.sop.PlatformHttp.REST;
import static io.xborder.sop.signoff.SignOff.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import io.xborder.sop.signoff.SignOffCaller;
import io.xborder.sop.storeopening.StoreOpening;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Item 5 of issue #11, as an approver who wants to sign off their own work would try it: naming
 * someone else as preparer or as first-level approver in the very completion, collecting the KYC
 * documents of someone else's project and approving them, or starting a sign-off of their own.
 * Who prepared the work is what the engine recorded, so each try is refused and changes nothing.
 */
@PlatformTest
class FourEyesAttackTest {

  /** Sits in both approving groups: the person four-eyes exists for. */
  static final String TEAM_LEAD = "teamlead";
  /** A second supervisor, for the sign-off after two people collected. */
  static final String DEPUTY = "deputy-lead";

  @Autowired ProcessEngine engine;
  @Autowired PlatformHttp http;

  RuntimeService runtime;
  TaskService tasks;

  @BeforeEach
  void approversInBothGroups() {
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    SignOffCaller.ensureUser(engine, TEAM_LEAD, "supervisors", "managers");
    SignOffCaller.ensureUser(engine, DEPUTY, "supervisors");
  }

  @Test
  void thePreparerNamingSomeoneElseAsPreparerInTheSameCompletionIsRefused() {
    ProcessInstance signOff = SignOffCaller.signOffPreparedBy(engine, TEAM_LEAD, "kyc-submission", "amazon", "DE", "medium");
    Task level1 = task(signOff);
    String approval = "{\"variables\": {\"level1Approved\": {\"value\": true}, \"preparedBy\": {\"value\": \"zhangqiang\"}}}";

    HttpResponse<String> byComplete = http.postJson(REST + "/task/" + level1.getId() + "/complete", TEAM_LEAD, approval);
    HttpResponse<String> bySubmitForm = http.postJson(REST + "/task/" + level1.getId() + "/submit-form", TEAM_LEAD, approval);

    assertRefused(byComplete);
    assertRefused(bySubmitForm);
    assertUnchanged(signOff, level1, TEAM_LEAD);
  }

  @Test
  void theGuardItselfIgnoresWhateverThePreparedByVariableSays() {
    ProcessInstance signOff = SignOffCaller.signOffPreparedBy(engine, TEAM_LEAD, "kyc-submission", "amazon", "DE", "medium");
    Task level1 = task(signOff);
    runtime.setVariable(signOff.getId(), PREPARED_BY, "zhangqiang");

    HttpResponse<String> onlyTheFormsFields = http.postJson(REST + "/task/" + level1.getId() + "/complete", TEAM_LEAD,
        "{\"variables\": {\"level1Approved\": {\"value\": true}}}");
    assertThatThrownBy(() -> SignOffCaller.asUser(engine, TEAM_LEAD,
        () -> tasks.complete(level1.getId(), Map.of(LEVEL_1_APPROVED, true, PREPARED_BY, "zhangqiang"))))
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("'teamlead' prepared this work");

    assertThat(onlyTheFormsFields.statusCode()).as(onlyTheFormsFields.body()).isEqualTo(403);
    assertThat(onlyTheFormsFields.body()).contains("Four-eyes").contains("prepared this work");
    assertThat(tasks.createTaskQuery().taskId(level1.getId()).count()).isEqualTo(1);
    assertThat(runtime.getVariable(signOff.getId(), LEVEL_1_APPROVED)).isNull();
  }

  @Test
  void whoeverCollectedTheKycDocumentsCannotApproveThemInAnyRound() {
    ProcessInstance kyc = kycOfLinasStore();

    collectAs("sunhao", kyc);
    ProcessInstance firstSignOff = signOffOf(kyc);
    Task firstApproval = task(firstSignOff);
    HttpResponse<String> collectorApproves = approve(firstApproval, "sunhao", LEVEL_1_APPROVED);
    assertThat(collectorApproves.statusCode()).as(collectorApproves.body()).isEqualTo(403);
    assertThat(collectorApproves.body()).contains("'sunhao' prepared this work");
    assertUnchanged(firstSignOff, firstApproval, "sunhao");
    assertThat(approve(firstApproval, TEAM_LEAD, LEVEL_1_APPROVED).statusCode()).isEqualTo(204);

    // The marketplace asks for more; this time the team lead collects.
    completeStep(kyc, StoreOpening.TASK_SUBMIT_KYC, Map.of("submissionReference", "CASE-1"));
    runtime.createMessageCorrelation(StoreOpening.REVIEW_RESULT_MESSAGE).processInstanceBusinessKey(kyc.getBusinessKey())
        .setVariable(StoreOpening.REVIEW_OUTCOME, "more-documents-needed").setVariable(StoreOpening.REVIEW_NOTE, "Licence page 2")
        .correlate();
    collectAs(TEAM_LEAD, kyc);
    ProcessInstance secondSignOff = signOffOf(kyc);
    Task secondApproval = task(secondSignOff);

    for (String collector : new String[] {TEAM_LEAD, "sunhao"}) {
      HttpResponse<String> refused = approve(secondApproval, collector, LEVEL_1_APPROVED);
      assertThat(refused.statusCode()).as(collector + ": " + refused.body()).isEqualTo(403);
      assertThat(refused.body()).contains("'" + collector + "' prepared this work");
    }
    assertUnchanged(secondSignOff, secondApproval, "sunhao, " + TEAM_LEAD);
    assertThat(approve(secondApproval, DEPUTY, LEVEL_1_APPROVED).statusCode()).isEqualTo(204);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(secondSignOff.getId()).count()).isZero();
  }

  @Test
  void theFirstLevelApproverCannotApproveTheSecondLevelWhateverTheyName() {
    ProcessInstance signOff = SignOffCaller.signOffPreparedBy(engine, "lina", "submit-legal-person-info", "amazon", "UK", "medium");
    assertThat(approve(task(signOff), TEAM_LEAD, LEVEL_1_APPROVED).statusCode()).isEqualTo(204);
    Task level2 = task(signOff);
    assertThat(level2.getTaskDefinitionKey()).isEqualTo(TASK_APPROVE_LEVEL_2);

    HttpResponse<String> namingAnotherFirstApprover = http.postJson(REST + "/task/" + level2.getId() + "/submit-form",
        TEAM_LEAD, "{\"variables\": {\"level2Approved\": {\"value\": true}, \"level1Approver\": {\"value\": \"sunhao\"}}}");
    runtime.setVariable(signOff.getId(), LEVEL_1_APPROVER, "sunhao");
    HttpResponse<String> afterTheVariableWasChanged = approve(level2, TEAM_LEAD, LEVEL_2_APPROVED);

    assertRefused(namingAnotherFirstApprover);
    assertThat(afterTheVariableWasChanged.statusCode()).as(afterTheVariableWasChanged.body()).isEqualTo(403);
    assertThat(afterTheVariableWasChanged.body()).contains("approved the first level");
    assertThat(tasks.createTaskQuery().taskId(level2.getId()).count()).isEqualTo(1);
    assertThat(runtime.getVariable(signOff.getId(), LEVEL_2_APPROVED)).isNull();
    assertThat(runtime.getVariable(signOff.getId(), LEVEL_2_APPROVER)).isNull();
  }

  @Test
  void twoOtherPeopleSignOffTheWork() {
    ProcessInstance caller = SignOffCaller.prepare(engine, true, "wangwei", "lina", "submit-legal-person-info", "amazon",
        "UK", "medium");
    ProcessInstance signOff = SignOffCaller.signOffOf(engine, caller);

    assertThat(approve(task(signOff), "sunhao", LEVEL_1_APPROVED).statusCode()).isEqualTo(204);
    assertThat(approve(task(signOff), "zhoujing", LEVEL_2_APPROVED).statusCode()).isEqualTo(204);

    assertThat(runtime.createProcessInstanceQuery().processInstanceId(signOff.getId()).count()).isZero();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(caller.getId()).count()).as("the caller ended").isZero();
    assertThat(historicValue(signOff, PREPARED_BY)).isEqualTo("lina");
    assertThat(historicValue(signOff, LEVEL_1_APPROVER)).isEqualTo("sunhao");
    assertThat(historicValue(signOff, LEVEL_2_APPROVER)).isEqualTo("zhoujing");
  }

  @Test
  void aSignOffOfOnesOwnCannotBeStartedOverRest() {
    String businessKey = "SIGN-" + UUID.randomUUID();

    HttpResponse<String> started = http.postJson(REST + "/process-definition/key/" + PROCESS_KEY + "/start", "lina",
        "{\"businessKey\": \"" + businessKey + "\", \"variables\": {\"actionType\": {\"value\": \"go-live\"},"
            + " \"platform\": {\"value\": \"temu\"}, \"site\": {\"value\": \"US\"}, \"riskLevel\": {\"value\": \"low\"},"
            + " \"preparedBy\": {\"value\": \"zhangqiang\"}}}");

    assertThat(started.statusCode()).as(started.body()).isEqualTo(403);
    assertThat(started.body()).contains("cannot be started on its own");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .count()).isZero();
  }

  private static void assertRefused(HttpResponse<String> response) {
    // 403 from four-eyes; 400 where the form contract refuses the extra variable first.
    assertThat(response.statusCode()).as(response.body()).isIn(400, 403);
    if (response.statusCode() == 403) {
      assertThat(response.body()).contains("Four-eyes");
    }
  }

  /** The approval is still open, unanswered, and the sign-off still shows who really prepared the work. */
  private void assertUnchanged(ProcessInstance signOff, Task approval, String preparedBy) {
    assertThat(tasks.createTaskQuery().taskId(approval.getId()).count()).isEqualTo(1);
    assertThat(runtime.getVariable(signOff.getId(), LEVEL_1_APPROVED)).isNull();
    assertThat(runtime.getVariable(signOff.getId(), LEVEL_1_APPROVER)).isNull();
    assertThat(runtime.getVariable(signOff.getId(), PREPARED_BY)).isEqualTo(preparedBy);
  }

  private HttpResponse<String> approve(Task approval, String user, String answer) {
    return http.postJson(REST + "/task/" + approval.getId() + "/complete", user,
        "{\"variables\": {\"" + answer + "\": {\"value\": true}}}");
  }

  /** A store opening of lina's, brought to its KYC; the documents wait for lina. */
  private ProcessInstance kycOfLinasStore() {
    ProcessInstance store = runtime.startProcessInstanceByKey(StoreOpening.PROCESS_KEY,
        "SO-LAZADA-TH-" + UUID.randomUUID().toString().substring(0, 8), Map.of(StoreOpening.PLATFORM, "lazada",
            StoreOpening.SITE, "TH", StoreOpening.COMPANY_NAME, "Shenzhen Example Trading Co., Ltd.",
            StoreOpening.STORE_NAME, "Example TH", StoreOpening.RISK_LEVEL, "normal", StoreOpening.PROJECT_OWNER, "lina"));
    completeStep(store, StoreOpening.TASK_PREPARE_COMPANY_DOCUMENTS, Map.of("documentsFolder", "drive://kyc"));
    completeStep(store, StoreOpening.TASK_REGISTER_STORE_EMAIL, Map.of("storeEmail", "store@example.com"));
    completeStep(store, StoreOpening.TASK_SUBMIT_COMPANY_INFORMATION, Map.of("beneficialOwners", "Li Na 100%"));
    return runtime.createProcessInstanceQuery().superProcessInstanceId(store.getId()).singleResult();
  }

  private void completeStep(ProcessInstance processInstance, String taskKey, Map<String, Object> variables) {
    tasks.complete(tasks.createTaskQuery().processInstanceId(processInstance.getId()).taskDefinitionKey(taskKey)
        .singleResult().getId(), variables);
  }

  /** A supervisor takes lina's document collection over (as supervisors may) and submits the documents. */
  private void collectAs(String user, ProcessInstance kyc) {
    String collect = tasks.createTaskQuery().processInstanceId(kyc.getId())
        .taskDefinitionKey(StoreOpening.TASK_COLLECT_KYC_DOCUMENTS).singleResult().getId();
    HttpResponse<String> takeOver = http.postJson(REST + "/task/" + collect + "/assignee", "sunhao",
        "{\"userId\": \"" + user + "\"}");
    assertThat(takeOver.statusCode()).as(takeOver.body()).isEqualTo(204);
    LocalDate today = LocalDate.now();
    HttpResponse<String> collected = http.postJson(REST + "/task/" + collect + "/submit-form", user, "{\"variables\": {"
        + "\"businessLicenceReference\": {\"value\": \"91440300MA5XXXXX1\"},"
        + " \"businessLicenceExpiry\": {\"value\": \"" + today.plusYears(5) + "\"},"
        + " \"legalRepIdReference\": {\"value\": \"440301199001011234\"},"
        + " \"legalRepIdExpiry\": {\"value\": \"" + today.plusYears(3) + "\"},"
        + " \"statementReference\": {\"value\": \"CMB-6225-2026-10\"},"
        + " \"statementIssueDate\": {\"value\": \"" + today.minusDays(20) + "\"}}}");
    assertThat(collected.statusCode()).as(collected.body()).isEqualTo(204);
  }

  private ProcessInstance signOffOf(ProcessInstance kyc) {
    return runtime.createProcessInstanceQuery().superProcessInstanceId(kyc.getId()).singleResult();
  }

  private Task task(ProcessInstance processInstance) {
    return tasks.createTaskQuery().processInstanceId(processInstance.getId()).singleResult();
  }

  private Object historicValue(ProcessInstance processInstance, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(processInstance.getId())
        .variableName(name).singleResult().getValue();
  }
}
