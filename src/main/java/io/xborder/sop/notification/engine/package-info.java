/**
 * The notifications' engine hooks: the plug-in whose parse listener attaches the mail listeners,
 * the mail job handler, and the retry strategy for mails that could not be sent. Internal engine API
 * (README, upgrade checklist).
 */
package io.xborder.sop.notification.engine;
