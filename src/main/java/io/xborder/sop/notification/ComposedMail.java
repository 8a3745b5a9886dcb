package io.xborder.sop.notification;

import java.time.Instant;

/**
 * A mail ready to send, in both forms.
 *
 * @param notificationId the job it came from, sent as a header so a receiver can spot a repeat
 */
record ComposedMail(String notificationId, MailKind kind, String userId, String to, String subject, String text,
    String html, String link, Instant composedAt) {}
