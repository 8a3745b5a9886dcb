package io.xborder.sop.notification.engine;

import io.xborder.sop.system.PlatformClock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.cmd.JobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * Retries a mail that could not be sent after growing waits ({@code xborder.notifications.retry-intervals}).
 * The engine would retry a job that belongs to no activity at once, three times; an SMTP outage needs
 * longer. When the waits are used up, the job's retries reach 0 and the engine raises an incident, which
 * an administrator retries in Cockpit. Other jobs keep the engine's own strategy.
 */
class MailRetries implements FailedJobCommandFactory {

  private final FailedJobCommandFactory engineDefault;
  private final List<Duration> intervals;
  private final PlatformClock clock;

  MailRetries(FailedJobCommandFactory engineDefault, List<Duration> intervals, PlatformClock clock) {
    this.engineDefault = engineDefault;
    this.intervals = intervals;
    this.clock = clock;
  }

  @Override
  public Command<Object> getCommand(String jobId, Throwable exception) {
    Command<Object> otherwise = engineDefault.getCommand(jobId, exception);
    return new JobRetryCmd(jobId, exception) {
      @Override
      public Object execute(CommandContext context) {
        JobEntity job = getJob();
        if (job == null || !MailJobHandler.TYPE.equals(job.getJobHandlerType())) {
          return otherwise.execute(context);
        }
        job.unlock();
        logException(job);
        decrementRetries(job);
        if (job.getRetries() > 0) {
          job.setDuedate(Date.from(clock.instant().plus(nextWait(job.getRetries()))));
        }
        notifyAcquisition(context);
        return null;
      }
    };
  }

  /** With {@code retriesLeft} of n+1 attempts left, the wait before the next one: the first wait after the first failure. */
  private Duration nextWait(int retriesLeft) {
    int failures = intervals.size() + 1 - retriesLeft;
    return intervals.get(Math.min(Math.max(failures - 1, 0), intervals.size() - 1));
  }
}
