package io.xborder.sop.storeopening;

import io.xborder.sop.projects.ProjectVariables;
import java.util.List;

/** Names the store-opening, kyc-submission and store-opening-batch templates share with their callers. */
public final class StoreOpening {

  public static final String PROCESS_KEY = "store-opening";
  public static final String KYC_PROCESS_KEY = "kyc-submission";
  public static final String BATCH_PROCESS_KEY = "store-opening-batch";
  public static final String SITE_REQUIREMENTS_DECISION = "site-requirements";
  public static final String KYC_DOCUMENTS_DECISION = "kyc-required-documents";
  public static final String REVIEW_RESULT_MESSAGE = "PlatformReviewResult";

  public static final String TASK_PREPARE_COMPANY_DOCUMENTS = "Task_PrepareCompanyDocuments";
  public static final String TASK_REGISTER_STORE_EMAIL = "Task_RegisterStoreEmail";
  public static final String TASK_SUBMIT_COMPANY_INFORMATION = "Task_SubmitCompanyInformation";
  public static final String TASK_VERIFY_IDENTITY = "Task_VerifyIdentity";
  public static final String TASK_COMPLETE_SITE_STEP = "Task_CompleteSiteStep";
  public static final String TASK_BIND_PAYOUT_ACCOUNT = "Task_BindPayoutAccount";
  public static final String TASK_SET_UP_TAX = "Task_SetUpTax";
  public static final String TASK_LIST_FIRST_PRODUCT = "Task_ListFirstProduct";
  public static final String TASK_CONFIRM_CLOSURE = "Task_ConfirmStoreOpeningClosure";
  public static final String EVENT_STORE_OPENED = "Event_StoreOpened";
  public static final String EVENT_STORE_OPENING_ABANDONED = "Event_StoreOpeningAbandoned";

  public static final String TASK_COLLECT_KYC_DOCUMENTS = "Task_CollectKycDocuments";
  public static final String TASK_SIGN_OFF_KYC = "Task_SignOffKyc";
  public static final String TASK_SUBMIT_KYC = "Task_SubmitKyc";
  public static final String TASK_AWAIT_REVIEW_RESULT = "Task_AwaitReviewResult";
  public static final String TASK_CHASE_MARKETPLACE_REVIEW = "Task_ChaseMarketplaceReview";
  public static final String TASK_DECIDE_APPEAL_OR_ABANDON = "Task_DecideAppealOrAbandon";
  public static final String EVENT_KYC_APPROVED = "Event_KycApproved";
  public static final String EVENT_KYC_ABANDONED = "Event_KycAbandoned";

  public static final String PLATFORM = ProjectVariables.PLATFORM;
  public static final String SITE = ProjectVariables.SITE;
  public static final String COMPANY_NAME = "companyName";
  public static final String STORE_NAME = "storeName";
  public static final String PROJECT_OWNER = ProjectVariables.PROJECT_OWNER;
  public static final String RISK_LEVEL = "riskLevel";
  public static final String STORES = "stores";
  public static final String SITE_STEPS = "siteSteps";
  public static final String REQUIRED_DOCUMENTS = "requiredDocuments";
  public static final String REQUIRED_DOCUMENT_LABELS = "requiredDocumentLabels";
  public static final String MISSING_DOCUMENTS = "missingDocuments";
  public static final String KYC_DOCUMENT_SUMMARY = "kycDocumentSummary";
  public static final String DOCUMENTS_COMPLETE = "documentsComplete";
  public static final String APPLICATION_STATUS = "applicationStatus";
  public static final String REVIEW_OUTCOME = "reviewOutcome";
  public static final String REVIEW_NOTE = "reviewNote";
  /** What the marketplace's review can answer, as the KYC's gateway tests it. */
  public static final List<String> REVIEW_OUTCOMES = List.of("approved", "more-documents-needed", "rejected");
  public static final String APPEAL_DECISION = "appealDecision";

  private StoreOpening() {}
}
