package io.xborder.sop.storeopening;

import static io.xborder.sop.storeopening.StoreOpening.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import io.xborder.sop.PlatformTest;
import io.xborder.sop.projects.ProjectStartRefused;
import io.xborder.sop.signoff.SignOff;
import io.xborder.sop.signoff.SignOffCaller;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.Spin;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One test per path through store-opening and kyc-submission. */
@PlatformTest
class StoreOpeningTest {

  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(processEngine);
  }

  @Test
  void amazonUsOpensWithTheUsTaxInterviewAndTwoLevelSignOff() {
    ProcessInstance store = start("amazon", "US");
    ProcessInstance kyc = reachKyc(store);

    complete(task(TASK_COLLECT_KYC_DOCUMENTS, kyc), validDocuments());
    assertThat(kyc).isWaitingAt(TASK_SIGN_OFF_KYC);
    signOff(kyc, 2);
    submitAndReview(kyc, "approved");

    assertThat(kyc).hasPassed(EVENT_KYC_APPROVED).isEnded();
    assertThat(store).variables().containsEntry(APPLICATION_STATUS, "OPENED");
    Assertions.assertThat(siteStepNames(store)).containsExactlyInAnyOrder(
        "完成美国税务问卷", "准备身份验证视频通话");
    finishStore(store);
    assertThat(store).hasPassedInOrder(TASK_VERIFY_IDENTITY, TASK_COMPLETE_SITE_STEP, TASK_BIND_PAYOUT_ACCOUNT,
        TASK_SET_UP_TAX, TASK_LIST_FIRST_PRODUCT, TASK_CONFIRM_CLOSURE, EVENT_STORE_OPENED).isEnded();
  }

  @Test
  void aBatchEndsWhenEveryStoreInItIsOpen() {
    String batchKey = "SOB-" + UUID.randomUUID().toString().substring(0, 8);
    ProcessInstance batch = runtimeService.startProcessInstanceByKey(BATCH_PROCESS_KEY, batchKey, withVariables(
        COMPANY_NAME, "Shenzhen Example Trading Co., Ltd.", PROJECT_OWNER, "lina",
        STORES, Spin.JSON("[{\"platform\": \"lazada\", \"site\": \"TH\", \"storeName\": \"Example TH\"}]")));
    ProcessInstance store = runtimeService.createProcessInstanceQuery().superProcessInstanceId(batch.getId()).singleResult();

    ProcessInstance kyc = reachKyc(store);
    complete(task(TASK_COLLECT_KYC_DOCUMENTS, kyc), validDocuments());
    signOff(kyc, 1);
    submitAndReview(kyc, "approved");
    finishStore(store);

    assertThat(store).isEnded();
    assertThat(batch).isEnded().hasPassed("Event_StoresOpened");
  }

  @Test
  void amazonDeNeedsVatAndPackagingButNoUsTaxInterview() {
    ProcessInstance store = start("amazon", "DE");
    ProcessInstance kyc = reachKyc(store);
    complete(task(TASK_COLLECT_KYC_DOCUMENTS, kyc), validDocuments());
    signOff(kyc, 2);
    submitAndReview(kyc, "approved");

    Assertions.assertThat(siteStepNames(store)).contains("注册 VAT 税号", "在 LUCID 注册包装",
        "披露持股超过 25% 的受益所有人").doesNotContain("完成美国税务问卷");
    finishStore(store);
    assertThat(store).isEnded();
    Assertions.assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(store.getId())
        .taskName("在 LUCID 注册包装 · " + store.getBusinessKey()).count()).isEqualTo(1);
  }

  @Test
  void incompleteDocumentsGoBackToThePreparerWithWhatIsMissing() {
    ProcessInstance kyc = reachKyc(start("lazada", "TH"));
    Map<String, Object> withoutStatement = validDocuments();
    withoutStatement.remove("statementReference");

    complete(task(TASK_COLLECT_KYC_DOCUMENTS, kyc), withoutStatement);

    assertThat(kyc).isWaitingAt(TASK_COLLECT_KYC_DOCUMENTS).hasNotPassed(TASK_SIGN_OFF_KYC)
        .variables().containsEntry(DOCUMENTS_COMPLETE, false)
        .containsEntry(MISSING_DOCUMENTS, "银行或信用卡对账单：缺失");
    complete(task(TASK_COLLECT_KYC_DOCUMENTS, kyc), validDocuments());
    assertThat(kyc).isWaitingAt(TASK_SIGN_OFF_KYC);
  }

  @Test
  void licenceExpiringWithin45DaysIsCaughtBeforeSubmission() {
    ProcessInstance kyc = reachKyc(start("amazon", "UK"));
    Map<String, Object> documents = validDocuments();
    documents.put("businessLicenceExpiry", LocalDate.now().plusDays(30).toString());
    documents.put("statementIssueDate", LocalDate.now().minusDays(120).toString());

    complete(task(TASK_COLLECT_KYC_DOCUMENTS, kyc), documents);

    assertThat(kyc).isWaitingAt(TASK_COLLECT_KYC_DOCUMENTS).hasNotPassed(TASK_SIGN_OFF_KYC);
    Assertions.assertThat((String) runtimeService.getVariable(kyc.getId(), MISSING_DOCUMENTS))
        .contains("营业执照：到期日", "距到期须超过 45 天")
        .contains("银行或信用卡对账单：出具日期", "须为近 90 天内出具");
  }

  @Test
  void moreDocumentsNeededLoopsBackWithTheReviewersNote() {
    ProcessInstance store = start("lazada", "TH");
    ProcessInstance kyc = reachKyc(store);
    complete(task(TASK_COLLECT_KYC_DOCUMENTS, kyc), validDocuments());
    signOff(kyc, 1);
    submitAndReview(kyc, "more-documents-needed");

    assertThat(kyc).isWaitingAt(TASK_COLLECT_KYC_DOCUMENTS).variables()
        .containsEntry(REVIEW_NOTE, "Reviewer note for more-documents-needed");
    assertThat(store).variables().containsEntry(APPLICATION_STATUS, "MORE_DOCUMENTS_NEEDED");

    complete(task(TASK_COLLECT_KYC_DOCUMENTS, kyc), validDocuments());
    signOff(kyc, 1);
    submitAndReview(kyc, "approved");
    assertThat(kyc).isEnded();
    assertThat(store).isWaitingAt(TASK_COMPLETE_SITE_STEP);
  }

  @Test
  void aRejectedKycPackageGoesBackToWhoeverCollectedItNotToTheOwner() {
    ProcessInstance kyc = reachKyc(start("lazada", "TH"));
    Task collect = task(TASK_COLLECT_KYC_DOCUMENTS, kyc);
    taskService().setAssignee(collect.getId(), "wangwei");
    SignOffCaller.asUser(processEngine, "wangwei", () -> taskService().complete(collect.getId(), validDocuments()));

    ProcessInstance signoff = calledProcessInstance(SignOff.PROCESS_KEY, kyc);
    assertThat(signoff).variables().containsEntry(SignOff.PREPARED_BY, "wangwei");
    complete(task(signoff), withVariables(SignOff.LEVEL_1_APPROVED, false, SignOff.REJECTION_REASON, "Statement unreadable"));

    assertThat(signoff).isWaitingAtExactly(SignOff.TASK_REWORK);
    assertThat(task(signoff)).isAssignedTo("wangwei");
  }

  @Test
  void rejectionCanBeAppealedAndThenAbandoned() {
    ProcessInstance store = start("lazada", "TH");
    ProcessInstance kyc = reachKyc(store);
    complete(task(TASK_COLLECT_KYC_DOCUMENTS, kyc), validDocuments());
    signOff(kyc, 1);
    submitAndReview(kyc, "rejected");

    assertThat(store).variables().containsEntry(APPLICATION_STATUS, "REJECTED");
    complete(task(TASK_DECIDE_APPEAL_OR_ABANDON, kyc), withVariables(APPEAL_DECISION, "appeal", "appealReason", "New licence scan"));
    assertThat(kyc).isWaitingAt(TASK_SUBMIT_KYC);
    submitAndReview(kyc, "rejected");
    complete(task(TASK_DECIDE_APPEAL_OR_ABANDON, kyc), withVariables(APPEAL_DECISION, "abandon", "appealReason", "Entity not eligible"));

    assertThat(kyc).hasPassed(EVENT_KYC_ABANDONED).isEnded();
    assertThat(store).hasPassed(EVENT_STORE_OPENING_ABANDONED).hasNotPassed(TASK_COMPLETE_SITE_STEP).isEnded();
  }

  @Test
  void noReviewResultWithinThreeDaysAsksTheOwnerToChase() {
    ProcessInstance kyc = reachKyc(start("lazada", "TH"));
    complete(task(TASK_COLLECT_KYC_DOCUMENTS, kyc), validDocuments());
    signOff(kyc, 1);
    complete(task(TASK_SUBMIT_KYC, kyc), withVariables("submissionReference", "CASE-1"));
    assertThat(kyc).isWaitingAt(TASK_AWAIT_REVIEW_RESULT).variables().containsEntry(APPLICATION_STATUS, "UNDER_REVIEW");

    execute(managementService().createJobQuery().processInstanceId(kyc.getId()).timers().singleResult());

    assertThat(kyc).isWaitingAt(TASK_AWAIT_REVIEW_RESULT, TASK_CHASE_MARKETPLACE_REVIEW);
    assertThat(task(TASK_CHASE_MARKETPLACE_REVIEW, kyc)).isAssignedTo("lina");
    complete(task(TASK_CHASE_MARKETPLACE_REVIEW, kyc), withVariables("chaseNote", "Case 123 opened"));
    runtimeService.createMessageCorrelation(REVIEW_RESULT_MESSAGE).processInstanceBusinessKey(kyc.getBusinessKey())
        .setVariable(REVIEW_OUTCOME, "approved").setVariable(REVIEW_NOTE, "ok").correlate();
    assertThat(kyc).hasPassed("Event_ReviewChased", EVENT_KYC_APPROVED).isEnded();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theKycFormListsWhatAmazonDeRequiresBeforeTheFirstRound() throws Exception {
    ProcessInstance kyc = reachKyc(start("amazon", "DE"));

    assertThat(kyc).isWaitingAt(TASK_COLLECT_KYC_DOCUMENTS).hasNotPassed("Task_CheckCompleteness");
    Assertions.assertThat((List<Object>) runtimeService.getVariable(kyc.getId(), REQUIRED_DOCUMENT_LABELS))
        .containsExactly("营业执照", "法定代表人身份证", "银行或信用卡对账单");
    ObjectValue shown = runtimeService.getVariableTyped(kyc.getId(), REQUIRED_DOCUMENT_LABELS, false);
    Assertions.assertThat(shown.getSerializationDataFormat()).as("JSON, which Tasklist's form can loop over")
        .isEqualTo("application/json");
    Assertions.assertThat(Files.readString(Path.of("forms/collect-kyc-documents.form")))
        .contains("{{#loop requiredDocumentLabels}}");
  }

  @Test
  void theApproverSeesTheDocumentsTheirReferencesAndDatesTheReworkCountAndTheLastRejection() {
    ProcessInstance kyc = reachKyc(start("lazada", "TH"));
    Map<String, Object> documents = validDocuments();
    // The form shows who prepared the work as the engine recorded it: lina, who collected the documents.
    Task collect = task(TASK_COLLECT_KYC_DOCUMENTS, kyc);
    SignOffCaller.asUser(processEngine, "lina", () -> taskService().complete(collect.getId(), documents));
    ProcessInstance signoff = calledProcessInstance(SignOff.PROCESS_KEY, kyc);

    assertThat(task(signoff)).hasDefinitionKey(SignOff.TASK_APPROVE_LEVEL_1);
    assertThat(signoff).variables()
        .containsEntry(SignOff.SUBJECT, "Shenzhen Example Trading Co., Ltd. 在 Lazada 泰国 (TH) 站点的 KYC 资料")
        .containsEntry(SignOff.PREPARED_BY, "lina")
        .containsEntry(SignOff.REWORK_COUNT, 0)
        .containsEntry(SignOff.DETAILS, "营业执照：91440300MA5XXXXX1，到期日 " + documents.get("businessLicenceExpiry") + "\n"
            + "法定代表人身份证：440301199001011234，到期日 " + documents.get("legalRepIdExpiry") + "\n"
            + "银行或信用卡对账单：CMB-6225-2026-10，出具日期 " + documents.get("statementIssueDate"));

    Task first = task(signoff);
    taskService().setAssignee(first.getId(), "sunhao");
    complete(first, withVariables(SignOff.LEVEL_1_APPROVED, false, SignOff.REJECTION_REASON, "对账单看不清"));
    complete(task(SignOff.TASK_REWORK, signoff), withVariables("reworkNote", "重新扫描"));

    assertThat(task(signoff)).hasDefinitionKey(SignOff.TASK_APPROVE_LEVEL_1);
    assertThat(signoff).variables().containsEntry(SignOff.REWORK_COUNT, 1).containsEntry(SignOff.LAST_REJECTION, "对账单看不清");
  }

  @Test
  void aSecondStartWithARunningProjectCodeIsRefused() {
    ProcessInstance store = start("amazon", "FR");

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, store.getBusinessKey(),
        startVariables("amazon", "FR")))
        .isInstanceOf(ProjectStartRefused.class).hasMessageContaining("already used by a running store-opening");
    Assertions.assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKey(store.getBusinessKey()).count()).isEqualTo(1);
  }

  private ProcessInstance start(String platform, String site) {
    String key = "SO-" + platform.toUpperCase() + "-" + site + "-" + UUID.randomUUID().toString().substring(0, 8);
    return runtimeService.startProcessInstanceByKey(PROCESS_KEY, key, startVariables(platform, site));
  }

  private static Map<String, Object> startVariables(String platform, String site) {
    return withVariables(PLATFORM, platform, SITE, site, COMPANY_NAME, "Shenzhen Example Trading Co., Ltd.",
        STORE_NAME, "Example " + site, RISK_LEVEL, "normal", PROJECT_OWNER, "lina");
  }

  private ProcessInstance reachKyc(ProcessInstance store) {
    complete(task(TASK_PREPARE_COMPANY_DOCUMENTS, store), withVariables("documentsFolder", "drive://kyc"));
    complete(task(TASK_REGISTER_STORE_EMAIL, store), withVariables("storeEmail", "store@example.com"));
    complete(task(TASK_SUBMIT_COMPANY_INFORMATION, store), withVariables("beneficialOwners", "Li Na 100%"));
    assertThat(store).isWaitingAt(TASK_VERIFY_IDENTITY);
    ProcessInstance kyc = calledProcessInstance(KYC_PROCESS_KEY, store);
    assertThat(kyc).isWaitingAt(TASK_COLLECT_KYC_DOCUMENTS).variables().containsEntry(APPLICATION_STATUS, "TO_SUBMIT");
    Assertions.assertThat(kyc.getBusinessKey()).isEqualTo(store.getBusinessKey());
    return kyc;
  }

  private static Map<String, Object> validDocuments() {
    LocalDate today = LocalDate.now();
    return withVariables(
        "businessLicenceReference", "91440300MA5XXXXX1", "businessLicenceExpiry", today.plusYears(5).toString(),
        "legalRepIdReference", "440301199001011234", "legalRepIdExpiry", today.plusYears(3).toString(),
        "statementReference", "CMB-6225-2026-10", "statementIssueDate", today.minusDays(20).toString());
  }

  private void signOff(ProcessInstance kyc, int levels) {
    ProcessInstance signoff = calledProcessInstance(SignOff.PROCESS_KEY, kyc);
    approve(signoff, "sunhao", SignOff.LEVEL_1_APPROVED);
    if (levels == 2) {
      approve(signoff, "zhoujing", SignOff.LEVEL_2_APPROVED);
    }
    assertThat(signoff).isEnded();
  }

  private void approve(ProcessInstance signoff, String user, String decisionVariable) {
    Task task = task(signoff);
    taskService().setAssignee(task.getId(), user);
    complete(task, withVariables(decisionVariable, true));
  }

  private void submitAndReview(ProcessInstance kyc, String outcome) {
    complete(task(TASK_SUBMIT_KYC, kyc), withVariables("submissionReference", "CASE-" + outcome));
    assertThat(kyc).isWaitingAt(TASK_AWAIT_REVIEW_RESULT);
    runtimeService.createMessageCorrelation(REVIEW_RESULT_MESSAGE).processInstanceBusinessKey(kyc.getBusinessKey())
        .setVariable(REVIEW_OUTCOME, outcome).setVariable(REVIEW_NOTE, "Reviewer note for " + outcome).correlate();
  }

  private List<String> siteStepNames(ProcessInstance store) {
    return taskService().createTaskQuery().processInstanceId(store.getId())
        .taskDefinitionKey(TASK_COMPLETE_SITE_STEP).list().stream()
        .map(task -> task.getName().replace(" · " + store.getBusinessKey(), "")).toList();
  }

  private void finishStore(ProcessInstance store) {
    for (Task step : taskService().createTaskQuery().processInstanceId(store.getId())
        .taskDefinitionKey(TASK_COMPLETE_SITE_STEP).list()) {
      complete(step, withVariables("siteStepReference", "REF-1"));
    }
    complete(task(TASK_BIND_PAYOUT_ACCOUNT, store), withVariables("payoutAccountLast4", "1234"));
    complete(task(TASK_SET_UP_TAX, store), withVariables("taxSettings", "entered"));
    complete(task(TASK_LIST_FIRST_PRODUCT, store), withVariables("firstListingId", "B0TEST0001"));
    complete(task(TASK_CONFIRM_CLOSURE, store), withVariables("closureConfirmed", "confirmed"));
  }
}
