package io.xborder.sop.content;

import java.util.List;

/** Names the content production template shares with its diagram, forms and decision. */
public final class ContentProduction {

  public static final String PROCESS_KEY = "content-production";
  public static final String DISCLOSURE_DECISION = "ftc-disclosure-check";

  public static final String TASK_CHOOSE_TOPIC = "Task_ChooseTopic";
  public static final String TASK_WRITE_SCRIPT = "Task_WriteScript";
  public static final String TASK_SHOOT_VIDEO = "Task_ShootVideo";
  public static final String TASK_EDIT_VIDEO = "Task_EditVideo";
  public static final String TASK_REVIEW_COMPLIANCE = "Task_ReviewCompliance";
  public static final String TASK_PUBLISH_VIDEO = "Task_PublishVideo";
  public static final String EVENT_SEVEN_DAYS_LIVE = "Event_SevenDaysLive";
  public static final String TASK_REVIEW_PERFORMANCE = "Task_ReviewPerformance";

  /** What the compliance review answers, one variable per item of the FTC checklist. */
  public static final List<String> DISCLOSURE_CHECKLIST = List.of(
      "disclosureInVideo", "disclosureClearAndConspicuous", "creatorUsedProduct", "claimsSubstantiated",
      "brandedContentToggle");
  public static final String DISCLOSURE_FINDINGS = "disclosureFindings";

  private ContentProduction() {}
}
