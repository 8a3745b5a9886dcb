package io.xborder.sop.reporting;

import io.xborder.sop.signoff.SignOff;
import io.xborder.sop.sla.SlaVariables;
import io.xborder.sop.storeopening.StoreOpening;

/**
 * The process and task variables other capabilities write and the reports read, each defined where
 * its writer lives: a renamed variable renames what the reports count. The reports count whatever
 * history holds under these names.
 */
public final class ReportVariables {

  /** Task-local variable the SLA escalation sets; each historic instance is one escalation raised. */
  public static final String ESCALATED_AT = SlaVariables.ESCALATED_AT;

  /** Process variable the sign-off increments on every rejection; the report sums its last value per project as rework loops. */
  public static final String REWORK_COUNT = SignOff.REWORK_COUNT;

  /** Variables whose name ends with this carry a sign-off rejection reason (e.g. {@code firstSignOffRejectionReason}); the audit marks them as sign-off decisions. */
  public static final String REJECTION_REASON_SUFFIX = SignOff.REJECTION_REASON_SUFFIX;

  /** Optional stage of a project shown on the board instead of its current step (store opening: to submit, under review, ...). */
  public static final String APPLICATION_STATUS = StoreOpening.APPLICATION_STATUS;

  private ReportVariables() {}
}
