package io.xborder.sop.notification.engine;

import io.xborder.sop.notification.Mail;
import io.xborder.sop.notification.MailComposer;
import io.xborder.sop.notification.MailDelivery;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * Sends one mail. The job does nothing else, so nothing unrelated can fail after the mail left and
 * have it sent twice; when sending fails the job fails, and {@link MailRetries} tries again later.
 */
public class MailJobHandler implements JobHandler<Mail> {

  public static final String TYPE = "xborder-mail";

  private final MailComposer composer;
  private final MailDelivery delivery;

  MailJobHandler(MailComposer composer, MailDelivery delivery) {
    this.composer = composer;
    this.delivery = delivery;
  }

  @Override
  public String getType() {
    return TYPE;
  }

  @Override
  public void execute(Mail mail, ExecutionEntity execution, CommandContext context, String tenantId) {
    JobEntity job = context.getCurrentJob();
    delivery.deliver(composer.compose(mail, job == null ? null : job.getId()));
  }

  @Override
  public Mail newConfiguration(String canonical) {
    return Mail.parse(canonical);
  }

  @Override
  public void onDelete(Mail mail, JobEntity entity) {
    // Nothing kept beside the job.
  }
}
