package io.xborder.sop.sla.engine;

import io.xborder.sop.system.engine.ProjectJobs;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;

/**
 * The engine jobs behind a task's service level. They live in the engine's database beside the
 * process, so they survive restarts, run on any node and show in Cockpit with the project.
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

  static void cancel(SlaJob.Kind kind, DelegateTask task) {
    CommandContext context = Context.getCommandContext();
    for (JobEntity job : context.getJobManager().findJobsByConfiguration(SlaJobHandler.TYPE,
        new SlaJob(kind, task.getId()).toCanonicalString(), task.getTenantId())) {
      job.delete();
    }
  }

  static void cancelAll(DelegateTask task) {
    for (SlaJob.Kind kind : SlaJob.Kind.values()) {
      cancel(kind, task);
    }
  }
}
