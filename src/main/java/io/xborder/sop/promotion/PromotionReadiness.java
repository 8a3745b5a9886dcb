package io.xborder.sop.promotion;

import io.xborder.sop.projects.ProjectVariables;

/** Names the promotion readiness template shares with its diagram, forms and decision. */
public final class PromotionReadiness {

  public static final String PROCESS_KEY = "promotion-readiness";
  public static final String MILESTONES_DECISION = "promotion-milestones";

  public static final String TASK_PLACE_STOCK_UP_ORDER = "Task_PlaceStockUpOrder";
  public static final String TASK_SHIP_LAST_INBOUND = "Task_ShipLastInbound";
  public static final String TASK_SUBMIT_DEALS = "Task_SubmitDeals";
  public static final String TASK_RAISE_AD_BUDGET = "Task_RaiseAdBudget";
  public static final String EVENT_PROMOTION_OVER = "Event_PromotionOver";
  public static final String TASK_REVIEW_PROMOTION = "Task_ReviewPromotion";

  public static final String EVENT_TYPE = "eventType";
  public static final String EVENT_NAME = "eventName";
  public static final String EVENT_DATE = "eventDate";
  public static final String SITE = ProjectVariables.SITE;

  private PromotionReadiness() {}
}
