package io.xborder.sop.sla.engine;

import static io.xborder.sop.sla.SlaVariables.ESCALATED_AT;
import static io.xborder.sop.sla.SlaVariables.ESCALATION_LEVEL;
import static io.xborder.sop.sla.SlaVariables.REMINDED_AT;

import io.xborder.sop.notification.Notifications;
import io.xborder.sop.system.PlatformClock;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a task's SLA jobs: the reminder before it is due, the escalation when it falls due (priority
 * raised, marked escalated, second escalation planned) and the second escalation after that. The
 * marks are task variables, so Tasklist and Cockpit show them and reports can count them.
 */
class SlaJobHandler implements JobHandler<SlaJob> {

  static final String TYPE = "xborder-sla";
  /** Task-local: how long after the escalation the second one falls due, from the task's service level. */
  static final String SECOND_ESCALATION_AFTER = "slaSecondEscalationAfter";
  static final int ESCALATED_PRIORITY = 80;
  static final int SECOND_ESCALATION_PRIORITY = 100;

  private static final Logger log = LoggerFactory.getLogger(SlaJobHandler.class);

  private final WorkingTimeBusinessCalendar calendar;
  private final Notifications notifications;
  private final PlatformClock clock;

  SlaJobHandler(WorkingTimeBusinessCalendar calendar, Notifications notifications, PlatformClock clock) {
    this.calendar = calendar;
    this.notifications = notifications;
    this.clock = clock;
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(SlaJob job, ExecutionEntity execution, CommandContext context, String tenantId) {
    TaskEntity task = context.getTaskManager().findTaskById(job.taskId());
    if (task == null) {
      return;
    }
    switch (job.kind()) {
      case REMINDER -> {
        task.setVariableLocal(REMINDED_AT, clock.date());
        log.info("SLA reminder: task '{}' ({}) is due {}; for {}", task.getName(), task.getId(), task.getDueDate(), people(task));
        notifications.reminder(task);
        SlaJobs.remindNoMore(task);
      }
      case ESCALATION -> {
        task.setPriority(Math.max(task.getPriority(), ESCALATED_PRIORITY));
        task.setVariableLocal(ESCALATION_LEVEL, 1);
        task.setVariableLocal(ESCALATED_AT, clock.date());
        Object after = task.getVariableLocal(SECOND_ESCALATION_AFTER);
        if (after instanceof String duration) {
          SlaJobs.schedule(new SlaJob(SlaJob.Kind.SECOND_ESCALATION, task.getId()),
              calendar.resolveDuedate(duration, task.getDueDate()), execution);
        }
        log.info("SLA escalation: task '{}' ({}) is overdue; its group's supervisor is told", task.getName(), task.getId());
        notifications.escalation(task);
      }
      case SECOND_ESCALATION -> {
        task.setPriority(Math.max(task.getPriority(), SECOND_ESCALATION_PRIORITY));
        task.setVariableLocal(ESCALATION_LEVEL, 2);
        log.info("SLA second escalation: task '{}' ({}) is still overdue; the manager is told", task.getName(), task.getId());
        notifications.secondEscalation(task);
      }
    }
  }

  /** Who is reminded: the assignee, or else the groups the task is offered to. */
  private static String people(TaskEntity task) {
    if (task.getAssignee() != null) {
      return "assignee " + task.getAssignee();
    }
    Set<String> groups = task.getIdentityLinks().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).collect(Collectors.toSet());
    return "groups " + groups;
  }

  @Override
  public SlaJob newConfiguration(String canonical) {
    return SlaJob.parse(canonical);
  }

  @Override
  public void onDelete(SlaJob job, JobEntity entity) {
    // Nothing kept beside the job.
  }
}
