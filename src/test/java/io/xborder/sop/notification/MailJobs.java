package io.xborder.sop.notification;

import io.xborder.sop.notification.engine.MailJobHandler;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The mail jobs a test's own actions wrote: the shared test engine keeps those of earlier tests, unsent,
 * because its job executor is off.
 */
final class MailJobs {

  private final ManagementService management;
  private final Set<String> before;

  private MailJobs(ManagementService management) {
    this.management = management;
    this.before = new HashSet<>(all(management).stream().map(Job::getId).toList());
  }

  static MailJobs since(ManagementService management) {
    return new MailJobs(management);
  }

  List<JobEntity> written() {
    return all(management).stream().filter(job -> !before.contains(job.getId())).toList();
  }

  List<Mail> mails() {
    return written().stream().map(job -> Mail.parse(job.getJobHandlerConfigurationRaw())).toList();
  }

  /** Runs each written job once, as the job executor would; a failure stays with its job. */
  void runAll() {
    for (JobEntity job : written()) {
      try {
        management.executeJob(job.getId());
      } catch (RuntimeException failedAsTheExecutorWouldSee) {
        // recorded on the job: retries, due date, exception
      }
    }
  }

  static List<JobEntity> all(ManagementService management) {
    return management.createJobQuery().messages().list().stream().map(JobEntity.class::cast)
        .filter(job -> MailJobHandler.TYPE.equals(job.getJobHandlerType())).toList();
  }
}
