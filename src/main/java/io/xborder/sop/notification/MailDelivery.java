package io.xborder.sop.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Hands a mail to the SMTP server Spring Boot is configured with ({@code spring.mail.host}); with none,
 * the mail is only logged. Either way it is listed in {@link RecentNotifications}. A failure to send
 * is thrown, so the mail's job fails and is retried.
 */
@Component
public class MailDelivery {

  /** Carries the notification (job) id, so a receiver can recognise a mail it already has. */
  static final String NOTIFICATION_HEADER = "X-Xborder-Notification";

  private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

  private final ObjectProvider<JavaMailSender> smtp;
  private final NotificationSettings settings;
  private final RecentNotifications recent;

  MailDelivery(ObjectProvider<JavaMailSender> smtp, NotificationSettings settings, RecentNotifications recent) {
    this.smtp = smtp;
    this.settings = settings;
    this.recent = recent;
  }

  public void deliver(ComposedMail mail) {
    JavaMailSender sender = smtp.getIfAvailable();
    if (sender == null) {
      log.info("Mail not sent (no SMTP server configured, see README) to {} <{}>: {} | {}", mail.userId(), mail.to(),
          mail.subject(), mail.link());
      recent.add(mail, false);
      return;
    }
    sender.send(message(sender, mail));
    log.info("Mail sent to {} <{}>: {}", mail.userId(), mail.to(), mail.subject());
    recent.add(mail, true);
  }

  private MimeMessage message(JavaMailSender sender, ComposedMail mail) {
    MimeMessage message = sender.createMimeMessage();
    try {
      MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
      helper.setFrom(settings.from());
      helper.setTo(mail.to());
      helper.setSubject(mail.subject());
      helper.setText(mail.text(), mail.html());
      if (mail.notificationId() != null) {
        message.setHeader(NOTIFICATION_HEADER, mail.notificationId());
      }
    } catch (MessagingException e) {
      throw new MailPreparationException("Mail to " + mail.to() + " could not be prepared: " + e.getMessage(), e);
    }
    return message;
  }
}
