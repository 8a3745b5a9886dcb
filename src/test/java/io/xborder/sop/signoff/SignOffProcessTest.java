package io.xborder.sop.signoff;

import static io.xborder.sop.signoff.SignOff.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.xborder.sop.PlatformTest;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PlatformTest
class SignOffProcessTest {

  @Autowired
  ProcessEngine engine;

  @Test
  void aLowRiskGoLiveNeedsNoSignOff() {
    ProcessInstance caller = SignOffCaller.prepare(engine, true, "wangwei", "lina", "go-live", "shopee", "SG", "low");

    assertThat(caller).isEnded().hasPassed("Activity_SignOff");
    String signOff = engine.getHistoryService().createHistoricProcessInstanceQuery().superProcessInstanceId(caller.getId())
        .singleResult().getId();
    assertThat(passed(signOff, EVENT_SIGNED_OFF)).isTrue();
    assertThat(passed(signOff, TASK_APPROVE_LEVEL_1)).isFalse();
  }

  @Test
  void theApproversSeeWhoPreparedTheWorkAsTheEngineRecordedIt() {
    ProcessInstance signOff = start("kyc-submission", "shopee", "SG", "medium");

    assertThat(signOff).variables().containsEntry(PREPARED_BY, "lina");
  }

  @Test
  void aCallerThatNamesNoTasksHasEveryTaskItCompletedCounted() {
    ProcessInstance caller = SignOffCaller.prepare(engine, false, "wangwei", "lina", "kyc-submission", "shopee", "SG", "medium");

    assertThat(SignOffCaller.signOffOf(engine, caller)).variables().containsEntry(PREPARED_BY, "wangwei, lina");
  }

  @Test
  void aSignOffCannotBeStartedOnItsOwn() {
    String businessKey = "SIGN-" + UUID.randomUUID();

    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, businessKey,
        withVariables(ACTION_TYPE, "kyc-submission", PLATFORM, "shopee", SITE, "SG", RISK_LEVEL, "medium",
            PREPARED_BY, "lina", SUBJECT, "Company information")))
        .isInstanceOf(AuthorizationException.class).hasMessageContaining("cannot be started on its own");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .count()).isZero();
  }

  @Test
  void aKycSubmissionOutsideAmazonNeedsOneSupervisor() {
    ProcessInstance signOff = start("kyc-submission", "shopee", "SG", "medium");

    assertThat(signOff).isWaitingAtExactly(TASK_APPROVE_LEVEL_1);
    assertThat(task(signOff)).hasCandidateGroup("supervisors");
    complete(task(signOff), withVariables(LEVEL_1_APPROVED, true));

    assertThat(signOff).isEnded().hasNotPassed(TASK_APPROVE_LEVEL_2);
  }

  @Test
  void legalPersonInformationNeedsASupervisorThenAManager() {
    ProcessInstance signOff = start("submit-legal-person-info", "amazon", "DE", "medium");

    complete(task(signOff), withVariables(LEVEL_1_APPROVED, true));
    assertThat(signOff).isWaitingAtExactly(TASK_APPROVE_LEVEL_2);
    assertThat(task(signOff)).hasCandidateGroup("managers");
    complete(task(signOff), withVariables(LEVEL_2_APPROVED, true));

    assertThat(signOff).isEnded().hasPassedInOrder(TASK_APPROVE_LEVEL_1, TASK_APPROVE_LEVEL_2, EVENT_SIGNED_OFF);
  }

  @Test
  void aRejectionGoesBackToThePreparerAndIsCounted() {
    ProcessInstance signOff = start("submit-legal-person-info", "amazon", "US", "medium");

    complete(task(signOff), withVariables(LEVEL_1_APPROVED, false, REJECTION_REASON, "ID copy is black and white"));
    assertThat(signOff).isWaitingAtExactly(TASK_REWORK);
    assertThat(task(signOff)).isAssignedTo("lina");
    complete(task(signOff), withVariables("reworkNote", "Colour scan uploaded"));

    assertThat(signOff).isWaitingAtExactly(TASK_APPROVE_LEVEL_1);
    complete(task(signOff), withVariables(LEVEL_1_APPROVED, true));
    complete(task(signOff), withVariables(LEVEL_2_APPROVED, false, REJECTION_REASON, "Address differs from the licence"));
    complete(task(TASK_REWORK, signOff), withVariables("reworkNote", "Address corrected"));
    complete(task(signOff), withVariables(LEVEL_1_APPROVED, true));
    complete(task(signOff), withVariables(LEVEL_2_APPROVED, true));

    assertThat(signOff).isEnded();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(signOff.getId())
        .variableName(REWORK_COUNT).singleResult().getValue()).isEqualTo(2);
  }

  @Test
  void aRejectionWithoutReasonIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance signOff = start("kyc-submission", "lazada", "TH", "medium");
    String taskId = task(signOff).getId();

    assertThatThrownBy(() -> engine.getTaskService().complete(taskId, withVariables(LEVEL_1_APPROVED, false)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(REJECTION_REASON);
    assertThatThrownBy(() -> engine.getTaskService().complete(taskId))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(LEVEL_1_APPROVED);

    assertThat(signOff).isWaitingAtExactly(TASK_APPROVE_LEVEL_1);
    assertThat(engine.getRuntimeService().getVariable(signOff.getId(), LEVEL_1_APPROVED)).isNull();
  }

  /** A sign-off of work lina prepared in the calling SOP. */
  private ProcessInstance start(String actionType, String platform, String site, String riskLevel) {
    return SignOffCaller.signOffPreparedBy(engine, "lina", actionType, platform, site, riskLevel);
  }

  private boolean passed(String processInstanceId, String activityId) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
        .activityId(activityId).count() > 0;
  }
}
