package io.xborder.sop.replenishment;

import io.xborder.sop.projects.ProjectVariables;

/** Names the urgent replenishment template shares with its diagram, forms, decisions and the ERP. */
public final class UrgentReplenishment {

  public static final String PROCESS_KEY = "urgent-replenishment";
  public static final String MESSAGE_LOW_STOCK_ALERT = "LowStockAlert";

  public static final String TASK_CONFIRM_ORDER_QUANTITY = "Task_ConfirmOrderQuantity";
  public static final String ACTIVITY_SIGN_OFF = "Activity_SignOffOrder";
  public static final String TASK_PLACE_PURCHASE_ORDER = "Task_PlacePurchaseOrder";
  public static final String TASK_BOOK_SHIPMENT = "Task_BookShipment";
  public static final String TASK_CONFIRM_STOCK_RECEIVED = "Task_ConfirmStockReceived";
  public static final String EVENT_REPLENISHED = "Event_Replenished";

  public static final String SKU = "sku";
  public static final String SITE = ProjectVariables.SITE;
  public static final String DAYS_OF_COVER = "daysOfCover";
  public static final String DAILY_SALES = "dailySales";
  public static final String ALERT_COUNT = "alertCount";
  public static final String ORDER_QUANTITY = "orderQuantity";
  public static final String ORDER_AMOUNT = "orderAmount";

  private UrgentReplenishment() {}
}
