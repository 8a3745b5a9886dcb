/**
 * E-mail notifications: task offered or assigned, reminder, escalation, sign-off requested, work
 * rejected, project completed. Each mail is an engine job written in the user's transaction (so it is
 * never lost and never sent for work that rolled back) and sent afterwards by the job executor, with
 * retries and back-off, then an incident in Cockpit. Without SMTP the mails are logged and listed at
 * {@code /notifications/recent}.
 */
package io.xborder.sop.notification;
