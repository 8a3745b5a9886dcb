package io.xborder.sop.notification.engine;

import io.xborder.sop.notification.Mail;
import io.xborder.sop.notification.MailComposer;
import io.xborder.sop.notification.MailDelivery;
import io.xborder.sop.system.engine.ProjectJobs;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * Sends one mail. The job does nothing else, so nothing unrelated can fail after the mail left and
 * have it sent twice; when sending fails the job fails, and {@link MailRetries} tries again later.
 */
public class MailJobHandler implements JobHandler<MailJobHandler.MailJob> {

  public static final String TYPE = "xborder-mail";

  private final MailComposer composer;
  private final MailDelivery delivery;

  MailJobHandler(MailComposer composer, MailDelivery delivery) {
    this.composer = composer;
    this.delivery = delivery;
  }

  /** A mail as its job keeps it: the mail's JSON, so a retry sends exactly this mail again. */
  record MailJob(Mail mail) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return mail.toJson();
    }
  }

  /**
   * Writes the job that sends the mail, in the transaction of the work that caused it. The job carries
   * the project's process definition, so only those who may see that project see or touch it.
   */
  public static void send(Mail mail, int attempts, ProcessDefinition project) {
    MessageEntity job = new MessageEntity();
    job.setJobHandlerType(TYPE);
    job.setJobHandlerConfiguration(new MailJob(mail));
    job.setRetries(attempts);
    ProjectJobs.belongTo(job, project);
    Context.getCommandContext().getJobManager().send(job);
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(MailJob mailJob, ExecutionEntity execution, CommandContext context, String tenantId) {
    JobEntity job = context.getCurrentJob();
    delivery.deliver(composer.compose(mailJob.mail(), job == null ? null : job.getId()));
  }

  @Override
  public MailJob newConfiguration(String canonical) {
    return new MailJob(Mail.parse(canonical));
  }

  @Override
  public void onDelete(MailJob mail, JobEntity entity) {
    // Nothing kept beside the job.
  }
}
