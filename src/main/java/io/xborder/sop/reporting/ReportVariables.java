package io.xborder.sop.reporting;

/**
 * The process and task variables other capabilities write and the reports read. The SLA and
 * sign-off work write them; the reports count whatever history holds under these names.
 */
public final class ReportVariables {

  /** Task-local variable the SLA escalation sets (any value, once per escalation); each historic instance is one escalation raised. */
  public static final String ESCALATED_AT = "escalatedAt";

  /** Process variable the sign-off increments on every rejection; the report sums its last value per project as rework loops. */
  public static final String REWORK_COUNT = "reworkCount";

  /** Variables whose name ends with this carry a sign-off rejection reason (e.g. {@code firstSignOffRejectionReason}); the audit marks them as sign-off decisions. */
  public static final String REJECTION_REASON_SUFFIX = "RejectionReason";

  /** Optional stage of a project shown on the board instead of its current step (store opening: to submit, under review, ...). */
  public static final String APPLICATION_STATUS = "applicationStatus";

  private ReportVariables() {}
}
