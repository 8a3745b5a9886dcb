package io.xborder.sop.notification;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The last mails sent or, without SMTP, only logged — what {@code /notifications/recent} shows. Kept in
 * memory: the mails themselves are durable as jobs until sent; this list is for looking, not for keeping.
 */
@Component
class RecentNotifications {

  record Entry(String notificationId, String kind, String userId, String to, String subject, String text,
      String link, boolean sentBySmtp, Instant at) {}

  private final int limit;
  private final Deque<Entry> entries = new ArrayDeque<>();

  RecentNotifications(NotificationSettings settings) {
    this.limit = settings.recentLimit();
  }

  synchronized void add(ComposedMail mail, boolean sentBySmtp) {
    entries.addFirst(new Entry(mail.notificationId(), mail.kind().key(), mail.userId(), mail.to(), mail.subject(),
        mail.text(), mail.link(), sentBySmtp, mail.composedAt()));
    while (entries.size() > limit) {
      entries.removeLast();
    }
  }

  /** Newest first; all of them, or those to one user. */
  synchronized List<Entry> list(String userIdOrNull) {
    return entries.stream().filter(entry -> userIdOrNull == null || entry.userId().equals(userIdOrNull)).toList();
  }
}
