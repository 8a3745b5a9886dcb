package io.xborder.sop.notification;

/** What a notification tells its recipient; {@link #key()} names its texts in {@code mail/messages*.properties}. */
public enum MailKind {
  TASK_OFFERED("offered"),
  TASK_ASSIGNED("assigned"),
  REMINDER("reminder"),
  ESCALATION("escalation"),
  SECOND_ESCALATION("second-escalation"),
  SIGN_OFF_REQUESTED("sign-off-requested"),
  WORK_REJECTED("rejected"),
  PROJECT_COMPLETED("completed");

  private final String key;

  MailKind(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
