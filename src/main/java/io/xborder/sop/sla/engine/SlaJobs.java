package io.xborder.sop.sla.engine;

import io.xborder.sop.system.engine.ProjectJobs;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;

/**
 * The engine jobs behind a task's service level. They live in the engine's database beside the
 * process, so they survive restarts, run on any node and show in Cockpit with the project. A task has
 * one at a time: the reminder, then the escalation, then the second escalation, each made when the one
 * before is done with (tasks of earlier versions may still have a reminder and an escalation).
 */
final class SlaJobs {

  private SlaJobs() {}

  static void schedule(SlaJob job, Date due, ExecutionEntity execution) {
    TimerEntity timer = new TimerEntity();
    timer.setJobHandlerType(SlaJobHandler.TYPE);
    timer.setJobHandlerConfiguration(job);
    timer.setDuedate(due);
    timer.setExecution(execution);
    ProjectJobs.belongTo(timer, execution.getProcessDefinition());
    Context.getCommandContext().getJobManager().schedule(timer);
  }

  /**
   * No reminder any more (the task is someone's, or the reminder has run): the escalation at the task's
   * due date is what it waits for now. A pending reminder becomes the escalation in place, one row
   * updated rather than one deleted and one written (each with its job log).
   */
  static void remindNoMore(DelegateTask task) {
    List<JobEntity> jobs = of(task);
    boolean escalationPlanned = jobs.stream().anyMatch(job -> kind(job) != SlaJob.Kind.REMINDER);
    JobEntity running = Context.getCommandContext().getCurrentJob();
    for (JobEntity reminder : jobs.stream().filter(job -> kind(job) == SlaJob.Kind.REMINDER).toList()) {
      if (reminder.equals(running)) {
        continue;
      }
      if (escalationPlanned || task.getDueDate() == null) {
        reminder.delete();
      } else {
        reminder.setJobHandlerConfiguration(new SlaJob(SlaJob.Kind.ESCALATION, task.getId()));
        reminder.setDuedate(task.getDueDate());
        escalationPlanned = true;
      }
    }
    if (!escalationPlanned && task.getDueDate() != null) {
      schedule(new SlaJob(SlaJob.Kind.ESCALATION, task.getId()), task.getDueDate(), (ExecutionEntity) task.getExecution());
    }
  }

  static void cancelAll(DelegateTask task) {
    of(task).forEach(JobEntity::delete);
  }

  /** The task's SLA jobs, read with its execution's jobs in one query. */
  private static List<JobEntity> of(DelegateTask task) {
    return ((ExecutionEntity) task.getExecution()).getJobs().stream()
        .filter(job -> SlaJobHandler.TYPE.equals(job.getJobHandlerType())
            && SlaJob.parse(job.getJobHandlerConfigurationRaw()).taskId().equals(task.getId()))
        .toList();
  }

  private static SlaJob.Kind kind(JobEntity job) {
    return SlaJob.parse(job.getJobHandlerConfigurationRaw()).kind();
  }
}
