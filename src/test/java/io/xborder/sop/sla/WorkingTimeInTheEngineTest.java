package io.xborder.sop.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformTest;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine itself counts working time: a timer's duration and a task's due date. */
@PlatformTest
class WorkingTimeInTheEngineTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final String PROCESS = "working-time-check";

  @Autowired
  ProcessEngine engine;

  @BeforeEach
  void fridayAtFiveInShanghai() {
    ClockUtil.setCurrentTime(at(2026, 11, 27, 17, 0));
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
      BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS)
          .camundaHistoryTimeToLive(1)
          .camundaStartableInTasklist(false)
          .startEvent("Event_Start")
          .parallelGateway("Gateway_Split")
            .intermediateCatchEvent("Event_FourWorkingHours").timerWithDuration("PT4H")
            .endEvent("Event_TimerDone")
          .moveToLastGateway()
            .userTask("Task_DueInFiveWorkingHours").camundaCandidateGroups("operations")
              .camundaFormRef("confirm-project-scope").camundaFormRefBinding("latest").camundaDueDate("PT5H")
            .endEvent("Event_TaskDone")
          .done();
      engine.getRepositoryService().createDeployment().addModelInstance(PROCESS + ".bpmn", model).deploy();
    }
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void aTimerOfFourHoursWaitsFourWorkingHours() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS).getId();

    String timerDefinition = engine.getManagementService().createJobDefinitionQuery().processDefinitionKey(PROCESS)
        .activityIdIn("Event_FourWorkingHours").singleResult().getId();

    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance).jobDefinitionId(timerDefinition)
        .singleResult().getDuedate()).isEqualTo(at(2026, 11, 30, 12, 0));
  }

  @Test
  void aTaskDueInFiveHoursIsDueMondayAtHalfPastTwo() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS).getId();

    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getDueDate())
        .isEqualTo(at(2026, 11, 30, 14, 30));
  }

  private static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SHANGHAI).toInstant());
  }
}
