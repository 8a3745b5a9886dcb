package io.xborder.sop.sla.engine;

import io.xborder.sop.sla.TaskSla;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives a task its service level when it is created — a due date in working time, a reminder before
 * it, an escalation when it falls due — and withdraws what is pending when the task is done; a task
 * handed to someone gets no reminder, only the escalation. An analyst's {@code sla} extension
 * property, or an explicit due date in the diagram, wins over the {@code task-sla} decision.
 */
class SlaTaskListener implements TaskListener {

  private static final Logger log = LoggerFactory.getLogger(SlaTaskListener.class);

  private final String slaOverride;
  private final SlaPolicy policy;
  private final WorkingTimeBusinessCalendar calendar;

  SlaTaskListener(String slaOverride, SlaPolicy policy, WorkingTimeBusinessCalendar calendar) {
    this.slaOverride = slaOverride;
    this.policy = policy;
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> start(task);
      case EVENTNAME_ASSIGNMENT -> SlaJobs.remindNoMore(task);
      case EVENTNAME_COMPLETE, EVENTNAME_DELETE -> SlaJobs.cancelAll(task);
      default -> { }
    }
  }

  private void start(DelegateTask task) {
    ExecutionEntity execution = (ExecutionEntity) task.getExecution();
    TaskSla sla = policy.lookUp(execution.getProcessDefinition().getKey(), task.getTaskDefinitionKey(), task.getPriority());
    if (task.getDueDate() == null) {
      task.setDueDate(calendar.resolveDuedate(slaOverride != null ? slaOverride : sla.dueIn(), task.getCreateTime()));
    }
    Date due = task.getDueDate();
    task.setVariableLocal(SlaJobHandler.SECOND_ESCALATION_AFTER, sla.secondEscalationAfter());
    Date remindAt = calendar.before(sla.reminderLead(), due);
    // One timer at a time: the escalation is planned when the reminder is done with (SlaJobs.remindNoMore).
    if (remindAt.after(task.getCreateTime())) {
      SlaJobs.schedule(new SlaJob(SlaJob.Kind.REMINDER, task.getId()), remindAt, execution);
    } else {
      SlaJobs.schedule(new SlaJob(SlaJob.Kind.ESCALATION, task.getId()), due, execution);
    }
    log.debug("Task {} ({}) due {}, reminder {}", task.getId(), task.getTaskDefinitionKey(), due, remindAt);
  }
}
