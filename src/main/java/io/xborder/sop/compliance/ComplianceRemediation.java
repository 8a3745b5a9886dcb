package io.xborder.sop.compliance;

import io.xborder.sop.projects.ProjectVariables;

/** Names the compliance remediation template shares with its diagram, forms, decision and the ERP. */
public final class ComplianceRemediation {

  public static final String PROCESS_KEY = "compliance-remediation";
  public static final String MESSAGE_NOTICE_RECEIVED = "ComplianceNoticeReceived";
  public static final String RULES_DECISION = "compliance-rules";

  public static final String TASK_COMPLETE_STEP = "Task_CompleteStep";
  public static final String TASK_PLAN_STEPS = "Task_PlanSteps";
  public static final String ACTIVITY_SIGN_OFF = "Activity_SignOffFiling";
  public static final String TASK_VERIFY_REINSTATED = "Task_VerifyListingsReinstated";
  public static final String EVENT_SEVEN_DAYS_LEFT = "Event_SevenDaysLeft";
  public static final String EVENT_TWO_DAYS_LEFT = "Event_TwoDaysLeft";
  public static final String EVENT_DEADLINE_PASSED = "Event_DeadlinePassed";
  public static final String TASK_ESCALATE_SEVEN_DAYS = "Task_EscalateSevenDaysLeft";
  public static final String TASK_ESCALATE_TWO_DAYS = "Task_EscalateTwoDaysLeft";
  public static final String TASK_ESCALATE_DEADLINE_PASSED = "Task_EscalateDeadlinePassed";
  public static final String EVENT_LISTINGS_REINSTATED = "Event_ListingsReinstated";

  public static final String REGULATION = "regulation";
  public static final String PLATFORM = ProjectVariables.PLATFORM;
  public static final String SITE = ProjectVariables.SITE;
  public static final String SKUS = "skus";
  public static final String DEADLINE = "deadline";
  public static final String STEPS = "remediationSteps";
  /** One of the steps while it is worked on: the element variable of the multi-instance over {@link #STEPS}. */
  public static final String STEP = "step";
  public static final String EVIDENCE = "evidence";
  public static final String EVIDENCE_REFERENCE = "evidenceReference";
  public static final String EVIDENCE_LINK = "evidenceLink";
  public static final String NOTICE_COUNT = "noticeCount";

  private ComplianceRemediation() {}
}
