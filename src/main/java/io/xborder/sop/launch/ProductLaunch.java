package io.xborder.sop.launch;

import io.xborder.sop.projects.ProjectVariables;

/** Names the product launch template shares with its diagram, forms and the ERP. */
public final class ProductLaunch {

  public static final String PROCESS_KEY = "product-launch";
  public static final String MESSAGE_FBA_INBOUND_RECEIVED = "FbaInboundReceived";

  public static final String TASK_RESEARCH = "Task_ResearchProduct";
  public static final String TASK_CONFIRM_SUPPLIER = "Task_ConfirmSupplier";
  public static final String TASK_SHOOT_PHOTOS = "Task_ShootProductPhotos";
  public static final String TASK_WRITE_COPY = "Task_WriteListingCopy";
  public static final String TASK_REVIEW_MAIN_IMAGE = "Task_ReviewMainImage";
  public static final String TASK_RESHOOT = "Task_ReshootPhotos";
  public static final String TASK_SHIP_TO_FBA = "Task_ShipToFba";
  public static final String EVENT_FBA_INBOUND_RECEIVED = "Event_FbaInboundReceived";
  public static final String TASK_CREATE_AD_GROUP = "Task_CreateAdGroup";
  public static final String TASK_START_CPC_BIDDING = "Task_StartCpcBidding";
  public static final String EVENT_FOURTEEN_DAYS_LIVE = "Event_FourteenDaysLive";
  public static final String TASK_REVIEW_LAUNCH = "Task_ReviewLaunch";
  public static final String EVENT_LAUNCHED = "Event_ProductLaunched";

  public static final String PRODUCT_NAME = "productName";
  public static final String SKU = "sku";
  public static final String SITE = ProjectVariables.SITE;
  public static final String MAIN_IMAGE_APPROVED = "mainImageApproved";
  public static final String FBA_SHIPMENT_ID = "fbaShipmentId";

  private ProductLaunch() {}
}
