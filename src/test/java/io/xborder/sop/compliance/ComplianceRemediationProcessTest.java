package io.xborder.sop.compliance;

import static io.xborder.sop.compliance.ComplianceRemediation.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.xborder.sop.PlatformTest;
import io.xborder.sop.signoff.SignOff;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PlatformTest
class ComplianceRemediationProcessTest {

  private static final String DEADLINE_AT = "2027-03-31T18:00:00+01:00";

  @Autowired
  ProcessEngine engine;

  @Test
  void aFrenchEprNoticeIsRemediatedStepByStepWithEvidenceSignedOffAndVerified() {
    ProcessInstance project = notice("FR-EPR");

    for (String step : List.of("为每个产品类别加入生态组织 (eco-organisme)", "向 ADEME 申请唯一识别号 (IDU)",
        "向平台提交 IDU 并写入销售条款", "申报数量并缴纳环保费")) {
      Task current = task(TASK_COMPLETE_STEP, project);
      assertThat(current.getName()).isEqualTo(step + " · " + project.getBusinessKey());
      complete(current, withVariables(EVIDENCE_REFERENCE, "REF " + step.length(), EVIDENCE_LINK, "https://docs.example/" + step.length()));
    }
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> evidence = (List<Map<String, Object>>) engine.getRuntimeService().getVariable(project.getId(), EVIDENCE);
    assertThat(evidence).extracting(proof -> proof.get("step")).containsExactly("为每个产品类别加入生态组织 (eco-organisme)",
        "向 ADEME 申请唯一识别号 (IDU)", "向平台提交 IDU 并写入销售条款",
        "申报数量并缴纳环保费");

    assertThat(project).isWaitingAt(ACTIVITY_SIGN_OFF);
    ProcessInstance signOff = calledProcessInstance(SignOff.PROCESS_KEY, project);
    complete(task(signOff), withVariables(SignOff.LEVEL_1_APPROVED, true));
    assertThat(task(signOff)).hasCandidateGroup("managers");
    complete(task(signOff), withVariables(SignOff.LEVEL_2_APPROVED, true));

    assertThat(task(TASK_VERIFY_REINSTATED, project)).hasCandidateGroup("operations");
    complete(task(TASK_VERIFY_REINSTATED, project), withVariables("listingsReinstated", true, "reinstatementCheckedOn", "2027-03-20"));
    assertThat(project).isEnded().hasPassed(EVENT_LISTINGS_REINSTATED);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(project.getId()).count()).isZero();
  }

  @Test
  void outsideAgentStepsAreOfferedToTheAgencyGroup() {
    ProcessInstance project = notice("DE-WEEE");

    assertThat(task(TASK_COMPLETE_STEP, project)).hasCandidateGroup("agency-compliance")
        .hasName("Appoint an authorised representative in Germany · " + project.getBusinessKey());
  }

  @Test
  void escalationsFallSevenAndTwoDaysBeforeTheDeadlineAndAtIt() {
    ProcessInstance project = notice("UKCA");

    Map<String, Job> timers = timersByActivity(project);
    OffsetDateTime deadline = OffsetDateTime.parse(DEADLINE_AT);
    assertThat(timers.get(EVENT_SEVEN_DAYS_LEFT).getDuedate()).isEqualTo(Date.from(deadline.minusDays(7).toInstant()));
    assertThat(timers.get(EVENT_TWO_DAYS_LEFT).getDuedate()).isEqualTo(Date.from(deadline.minusDays(2).toInstant()));
    assertThat(timers.get(EVENT_DEADLINE_PASSED).getDuedate()).isEqualTo(Date.from(deadline.toInstant()));

    engine.getManagementService().executeJob(timers.get(EVENT_SEVEN_DAYS_LEFT).getId());
    assertThat(task(TASK_ESCALATE_SEVEN_DAYS, project)).hasCandidateGroup("supervisors");
    engine.getManagementService().executeJob(timers.get(EVENT_TWO_DAYS_LEFT).getId());
    assertThat(task(TASK_ESCALATE_TWO_DAYS, project)).hasCandidateGroup("managers");
    engine.getManagementService().executeJob(timers.get(EVENT_DEADLINE_PASSED).getId());
    assertThat(task(TASK_ESCALATE_DEADLINE_PASSED, project)).hasCandidateGroup("managers");

    assertThat(project).isWaitingAt(TASK_COMPLETE_STEP, TASK_ESCALATE_SEVEN_DAYS, TASK_ESCALATE_TWO_DAYS,
        TASK_ESCALATE_DEADLINE_PASSED);
    complete(task(TASK_ESCALATE_SEVEN_DAYS, project), withVariables("deadlinePlan", "Declaration drafted, marking next"));
    complete(task(TASK_ESCALATE_TWO_DAYS, project), withVariables("deadlinePlan", "Agent works the weekend"));
    complete(task(TASK_ESCALATE_DEADLINE_PASSED, project), withVariables("missedDeadlineOutcome", "extension"));
    assertThat(project).isWaitingAt(TASK_COMPLETE_STEP).isNotWaitingAt(TASK_ESCALATE_DEADLINE_PASSED);
  }

  @Test
  void aNoticeCanBeEnteredByHandInTasklist() {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
        .latestVersion().singleResult().getId();

    ProcessInstance project = engine.getFormService().submitStartForm(definitionId, "NOTICE-" + UUID.randomUUID(),
        withVariables("noticeId", "CS-2231", REGULATION, "EU-CPNP", PLATFORM, "amazon", SITE, "IT", SKUS, "SERUM-30",
            DEADLINE, "2027-02-01T12:00+08:00"));

    assertThat(project).hasPassed("Event_NoticeEntered").isWaitingAt(TASK_COMPLETE_STEP);
    assertThat(task(TASK_COMPLETE_STEP, project)).hasCandidateGroup("agency-compliance").hasName("Appoint an EU Responsible Person · " + project.getBusinessKey());
  }

  @Test
  void aRegulationWithoutKnownStepsIsPlannedByCompliance() {
    ProcessInstance project = notice("US-PROP65");

    assertThat(project).isWaitingAt(TASK_PLAN_STEPS);
    assertThat(task(TASK_PLAN_STEPS, project)).hasCandidateGroup("compliance");
    complete(task(TASK_PLAN_STEPS, project), withVariables("plannedSteps", "Warning labels added"));

    ProcessInstance signOff = calledProcessInstance(SignOff.PROCESS_KEY, project);
    assertThat(task(signOff)).hasCandidateGroup("supervisors");
  }

  private ProcessInstance notice(String regulation) {
    String noticeId = "NOTICE-" + UUID.randomUUID();
    engine.getRuntimeService().createMessageCorrelation(MESSAGE_NOTICE_RECEIVED).processInstanceBusinessKey(noticeId)
        .setVariable(REGULATION, regulation).setVariable(PLATFORM, "amazon").setVariable(SITE, "FR")
        .setVariable(SKUS, "BCB-001, BCB-002").setVariable(DEADLINE, DEADLINE_AT)
        .correlateWithResult();
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(noticeId).singleResult();
  }

  private Map<String, Job> timersByActivity(ProcessInstance project) {
    Map<String, Job> timers = new HashMap<>();
    for (Job timer : engine.getManagementService().createJobQuery().processInstanceId(project.getId()).timers().list()) {
      if (timer.getJobDefinitionId() == null) {
        continue; // a task's SLA job, not a timer of the diagram
      }
      timers.put(engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId())
          .singleResult().getActivityId(), timer);
    }
    return timers;
  }
}
