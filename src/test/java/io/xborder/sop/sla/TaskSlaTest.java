package io.xborder.sop.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformTest;
import io.xborder.sop.RepositoryDecisions;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine counts working time — timers, due dates — and every task gets its service level: due date, reminder, escalations. */
@PlatformTest
class TaskSlaTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final String PROCESS = "sla-check";

  @Autowired
  ProcessEngine engine;

  @BeforeEach
  void mondayAtNineInShanghai() {
    ClockUtil.setCurrentTime(at(2026, 11, 23, 9, 0));
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS).count() == 0) {
      BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).name("时效测试")
          .camundaHistoryTimeToLive(1)
          .camundaStartableInTasklist(false)
          .startEvent("Event_Start")
          .parallelGateway("Gateway_Split")
            .userTask("Task_ByTheDecision").name("按决策的时效").camundaCandidateGroups("operations")
              .camundaFormRef("confirm-project-scope").camundaFormRefBinding("latest")
            .endEvent("Event_DecisionDone")
          .moveToLastGateway()
            .userTask("Task_Overridden").name("自定义时效").camundaCandidateGroups("operations")
              .camundaFormRef("confirm-project-scope").camundaFormRefBinding("latest")
            .endEvent("Event_OverriddenDone")
          .moveToLastGateway()
            .intermediateCatchEvent("Event_FourWorkingHours").timerWithDuration("PT4H")
            .endEvent("Event_TimerDone")
          .done();
      CamundaProperty sla = model.newInstance(CamundaProperty.class);
      sla.setCamundaName("sla");
      sla.setCamundaValue("PT2H");
      CamundaProperties properties = model.newInstance(CamundaProperties.class);
      properties.addChildElement(sla);
      model.<UserTask>getModelElementById("Task_Overridden").builder().addExtensionElement(properties);
      engine.getRepositoryService().createDeployment().addModelInstance(PROCESS + ".bpmn", model).deploy();
    }
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void aTaskIsDueOneWorkingDayLaterByDefault() {
    Task task = task(start(), "Task_ByTheDecision");

    assertThat(task.getDueDate()).as("created at 9:00: a working day ends at 18:00").isEqualTo(at(2026, 11, 23, 18, 0));
  }

  @Test
  void anSlaPropertyInTheDiagramWinsOverTheDecision() {
    Task task = task(start(), "Task_Overridden");

    assertThat(task.getDueDate()).isEqualTo(at(2026, 11, 23, 11, 0));
  }

  @Test
  void aTimerOfFourHoursInTheDiagramWaitsFourWorkingHours() {
    String instance = start();
    String timerDefinition = engine.getManagementService().createJobDefinitionQuery().processDefinitionKey(PROCESS)
        .activityIdIn("Event_FourWorkingHours").singleResult().getId();

    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance).jobDefinitionId(timerDefinition)
        .singleResult().getDuedate()).as("9:00 + 4 working hours, lunch 12:00-13:30").isEqualTo(at(2026, 11, 23, 14, 30));
  }

  @Test
  void aLateTaskIsRemindedThenEscalatedTwice() {
    String instance = start();
    Task task = task(instance, "Task_ByTheDecision");

    assertThat(slaJobs(instance, task)).as("one timer at a time: the reminder first")
        .extracting(job -> config(job)).containsExactly("REMINDER:" + task.getId());
    Job reminder = slaJob(instance, task, "REMINDER");
    assertThat(reminder.getDuedate()).as("two working hours before due").isEqualTo(at(2026, 11, 23, 16, 0));
    ClockUtil.setCurrentTime(reminder.getDuedate());
    engine.getManagementService().executeJob(reminder.getId());
    assertThat(engine.getTaskService().getVariableLocal(task.getId(), "remindedAt")).isEqualTo(reminder.getDuedate());

    assertThat(slaJobs(instance, task)).as("the reminder has made the escalation")
        .extracting(job -> config(job)).containsExactly("ESCALATION:" + task.getId());
    Job escalation = slaJob(instance, task, "ESCALATION");
    assertThat(escalation.getDuedate()).isEqualTo(task.getDueDate()).isEqualTo(at(2026, 11, 23, 18, 0));
    ClockUtil.setCurrentTime(escalation.getDuedate());
    engine.getManagementService().executeJob(escalation.getId());
    Task escalated = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
    assertThat(escalated.getPriority()).isEqualTo(80);
    assertThat(engine.getTaskService().getVariableLocal(task.getId(), "escalationLevel")).isEqualTo(1);
    assertThat(engine.getTaskService().getVariableLocal(task.getId(), "escalatedAt")).isEqualTo(escalation.getDuedate());

    assertThat(slaJobs(instance, task)).extracting(job -> config(job)).containsExactly("SECOND_ESCALATION:" + task.getId());
    Job second = slaJob(instance, task, "SECOND_ESCALATION");
    assertThat(second.getDuedate()).as("a working day after due").isEqualTo(at(2026, 11, 24, 18, 0));
    engine.getManagementService().executeJob(second.getId());
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getPriority()).isEqualTo(100);
    assertThat(engine.getTaskService().getVariableLocal(task.getId(), "escalationLevel")).isEqualTo(2);
  }

  @Test
  void aTaskDoneOnTimeLeavesNoReminderOrEscalationBehind() {
    String instance = start();
    Task task = task(instance, "Task_ByTheDecision");
    assertThat(slaJobs(instance, task)).extracting(job -> config(job)).containsExactly("REMINDER:" + task.getId());

    engine.getTaskService().complete(task.getId());

    assertThat(slaJobs(instance, task)).isEmpty();
  }

  @Test
  void aTasksServiceLevelLeavesNoDecisionHistory() {
    long before = engine.getHistoryService().createHistoricDecisionInstanceQuery().decisionDefinitionKey("task-sla").count();

    Task task = task(start(), "Task_ByTheDecision");

    assertThat(task.getDueDate()).isNotNull();
    assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().decisionDefinitionKey("task-sla").count())
        .isEqualTo(before);
  }

  @Test
  void handingTheTaskToSomeoneCancelsThePendingReminder() {
    String instance = start();
    Task task = task(instance, "Task_ByTheDecision");

    engine.getTaskService().setAssignee(task.getId(), "wangwei");

    assertThat(slaJobs(instance, task)).extracting(job -> config(job)).containsExactly("ESCALATION:" + task.getId());
    assertThat(slaJob(instance, task, "ESCALATION").getDuedate()).as("still when the task falls due")
        .isEqualTo(task.getDueDate()).isEqualTo(at(2026, 11, 23, 18, 0));
  }

  @ParameterizedTest(name = "{0} / {1} / priority {2}")
  @CsvSource({
      "two-level-signoff,      Task_ApproveLevel1,  50, PT4H, PT1H,  PT4H",
      "store-opening,          Task_ChaseReview,    50, PT2H, PT30M, PT4H",
      "compliance-remediation, Task_CompleteStep,   50, P3D,  P1D,   P1D",
      "product-launch,         Task_ShipToFba,      80, PT4H, PT1H,  PT4H",
      "product-launch,         Task_ShipToFba,      50, P1D,  PT2H,  P1D"})
  void theDecisionRowByRow(String processKey, String taskKey, int priority, String dueIn, String reminder, String second) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("processKey", processKey);
    inputs.put("taskKey", taskKey);
    inputs.put("priority", priority);

    DmnDecisionRuleResult sla = RepositoryDecisions.of("task-sla").evaluate(inputs).getFirstResult();

    assertThat(List.of(sla.getEntry("dueIn"), sla.getEntry("reminderLead"), sla.getEntry("secondEscalationAfter")))
        .containsExactly(dueIn, reminder, second);
  }

  private String start() {
    return engine.getRuntimeService().startProcessInstanceByKey(PROCESS).getId();
  }

  private Task task(String instance, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
  }

  private List<Job> slaJobs(String instance, Task task) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance).list().stream()
        .filter(job -> config(job).endsWith(":" + task.getId())).toList();
  }

  private Job slaJob(String instance, Task task, String kind) {
    return slaJobs(instance, task).stream().filter(job -> config(job).startsWith(kind + ":")).findFirst()
        .orElseThrow(() -> new AssertionError("No " + kind + " job for task " + task.getId()));
  }

  private static String config(Job job) {
    return ((JobEntity) job).getJobHandlerConfigurationRaw();
  }

  private static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SHANGHAI).toInstant());
  }
}
