package io.xborder.sop.kickoff;

import static io.xborder.sop.kickoff.ProjectKickoff.EVENT_KICKED_OFF;
import static io.xborder.sop.kickoff.ProjectKickoff.FIRST_MILESTONE_DATE;
import static io.xborder.sop.kickoff.ProjectKickoff.GOAL;
import static io.xborder.sop.kickoff.ProjectKickoff.PLATFORM;
import static io.xborder.sop.kickoff.ProjectKickoff.PROCESS_KEY;
import static io.xborder.sop.kickoff.ProjectKickoff.PROJECT_NAME;
import static io.xborder.sop.kickoff.ProjectKickoff.SCOPE_SUMMARY;
import static io.xborder.sop.kickoff.ProjectKickoff.SITE;
import static io.xborder.sop.kickoff.ProjectKickoff.SUPERVISOR_NOTE;
import static io.xborder.sop.kickoff.ProjectKickoff.TASK_ACKNOWLEDGE;
import static io.xborder.sop.kickoff.ProjectKickoff.TASK_CONFIRM_SCOPE;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.claim;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.xborder.sop.PlatformTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PlatformTest
class ProjectKickoffProcessTest {

  @Autowired
  ProcessEngine engine;

  @Test
  void operationsConfirmTheScopeThenASupervisorAcknowledges() {
    ProcessInstance project = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, "KO-ASSERT-1",
        withVariables(PROJECT_NAME, "Amazon DE relaunch", PLATFORM, "amazon", SITE, "DE",
            GOAL, "Relaunch the DE store with the new brand"));

    assertThat(project).isWaitingAtExactly(TASK_CONFIRM_SCOPE);
    assertThat(task(project)).hasCandidateGroup("operations").isNotAssigned();
    claim(task(project), "wangwei");
    complete(task(project), withVariables(SCOPE_SUMMARY, "Brand registry and 40 listings", FIRST_MILESTONE_DATE, "2026-12-01"));

    assertThat(project).isWaitingAtExactly(TASK_ACKNOWLEDGE);
    assertThat(task(project)).hasCandidateGroup("supervisors");
    claim(task(project), "sunhao");
    complete(task(project), withVariables(SUPERVISOR_NOTE, "Go"));

    assertThat(project).isEnded()
        .hasPassedInOrder(TASK_CONFIRM_SCOPE, TASK_ACKNOWLEDGE, EVENT_KICKED_OFF)
        .variables().containsEntry(SCOPE_SUMMARY, "Brand registry and 40 listings").containsEntry(SUPERVISOR_NOTE, "Go");
  }
}
