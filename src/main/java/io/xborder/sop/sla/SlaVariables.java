package io.xborder.sop.sla;

/** The task-local variables the SLA writes when a task's reminder and escalations fall due; Tasklist, Cockpit and the reports read them. */
public final class SlaVariables {

  /** 1 after the escalation, 2 after the second one. */
  public static final String ESCALATION_LEVEL = "escalationLevel";

  /** When the reminder was sent. */
  public static final String REMINDED_AT = "remindedAt";

  /** When the task fell due and was escalated; each historic instance of it is one escalation raised. */
  public static final String ESCALATED_AT = "escalatedAt";

  private SlaVariables() {}
}
