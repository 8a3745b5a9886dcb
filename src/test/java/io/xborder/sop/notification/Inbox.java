package io.xborder.sop.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** The SMTP server the test configuration points at (127.0.0.1:3925): GreenMail, in the test's JVM. */
final class Inbox {

  static final int PORT = 3925;

  private GreenMail server;

  void open() {
    server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
  }

  void close() {
    if (server != null) {
      server.stop();
    }
  }

  /** A received mail, decoded. */
  record Received(String to, String subject, String text, String html, String notificationId) {}

  List<Received> received() {
    return Arrays.stream(server.getReceivedMessages()).map(Inbox::decode).toList();
  }

  List<Received> to(String address) {
    return received().stream().filter(mail -> mail.to().equals(address)).toList();
  }

  private static Received decode(MimeMessage message) {
    try {
      StringBuilder text = new StringBuilder();
      StringBuilder html = new StringBuilder();
      collect(message, text, html);
      String[] id = message.getHeader(MailDelivery.NOTIFICATION_HEADER);
      return new Received(message.getAllRecipients()[0].toString(), message.getSubject(), text.toString(),
          html.toString(), id == null ? null : id[0]);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void collect(Part part, StringBuilder text, StringBuilder html) throws Exception {
    if (part.isMimeType("text/plain")) {
      text.append(part.getContent());
    } else if (part.isMimeType("text/html")) {
      html.append(part.getContent());
    } else if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        collect(child, text, html);
      }
    }
  }
}
