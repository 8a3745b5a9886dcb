package io.xborder.sop.signoff;

import io.xborder.sop.projects.ProjectVariables;

/** Names the sign-off shares with its diagram, forms, decision and the SOPs that call it. */
public final class SignOff {

  public static final String PROCESS_KEY = "two-level-signoff";
  public static final String LEVELS_DECISION = "approval-levels";

  public static final String EVENT_SIGN_OFF_REQUESTED = "Event_SignOffRequested";
  public static final String TASK_APPROVE_LEVEL_1 = "Task_ApproveLevel1";
  public static final String TASK_APPROVE_LEVEL_2 = "Task_ApproveLevel2";
  public static final String TASK_REWORK = "Task_ReworkSubmission";
  public static final String EVENT_SIGNED_OFF = "Event_SignedOff";

  /**
   * Extension property of the calling SOP's call activity (Modeler: Extensions › Properties): the ids of
   * its user tasks whose work the sign-off judges, comma-separated. Without it, every user task the
   * calling project has completed counts.
   */
  public static final String COVERS_PROPERTY = "signOffCovers";

  /** Passed in by the calling SOP. */
  public static final String ACTION_TYPE = "actionType";
  public static final String PLATFORM = ProjectVariables.PLATFORM;
  public static final String SITE = ProjectVariables.SITE;
  public static final String RISK_LEVEL = "riskLevel";
  public static final String SUBJECT = "signOffSubject";
  /** Display only: the documents, references and dates of the work, one per line. */
  public static final String DETAILS = "signOffDetails";

  /** Answered by the approvers. */
  public static final String LEVEL_1_APPROVED = "level1Approved";
  public static final String LEVEL_2_APPROVED = "level2Approved";
  public static final String REJECTION_REASON = "rejectionReason";
  /**
   * A calling SOP keeps each sign-off's reason under a name ending in this (its output mapping, e.g.
   * {@code firstSignOffRejectionReason}), which the audit shows as a sign-off decision.
   */
  public static final String REJECTION_REASON_SUFFIX = "RejectionReason";

  /**
   * Shown on the approval forms, written by the sign-off from what the engine recorded; four-eyes never
   * reads them, because a completion may write any variable.
   */
  public static final String PREPARED_BY = "preparedBy";
  public static final String LEVEL_1_APPROVER = "level1Approver";
  public static final String LEVEL_2_APPROVER = "level2Approver";

  /** Kept by the sign-off and handed back to the calling SOP. */
  public static final String REWORK_COUNT = "reworkCount";
  /** Display only: the reason of the latest rejection, kept for the approver who looks again. */
  public static final String LAST_REJECTION = "lastRejection";

  private SignOff() {}
}
