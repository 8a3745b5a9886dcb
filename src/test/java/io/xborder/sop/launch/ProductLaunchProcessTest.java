package io.xborder.sop.launch;

import static io.xborder.sop.launch.ProductLaunch.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.xborder.sop.PlatformTest;
import io.xborder.sop.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PlatformTest
@Tag(TestDatabase.POSTGRESQL_TAG)
class ProductLaunchProcessTest {

  @Autowired
  ProcessEngine engine;

  @Test
  void happyPathFromResearchToTheFourteenDayReview() {
    ProcessInstance launch = startLaunch();
    completeUpToContent(launch);

    assertThat(launch).isWaitingAtExactly(TASK_SHOOT_PHOTOS, TASK_WRITE_COPY);
    assertThat(task(TASK_SHOOT_PHOTOS, launch)).hasCandidateGroup("agency-photo");
    assertThat(task(TASK_WRITE_COPY, launch)).hasCandidateGroup("operations");
    complete(task(TASK_SHOOT_PHOTOS, launch), withVariables("photoSetLink", "https://share.example/set-1", "imageCount", 9));
    assertThat(launch).isWaitingAt(TASK_WRITE_COPY).isNotWaitingAt(TASK_SHOOT_PHOTOS, TASK_REVIEW_MAIN_IMAGE);
    complete(task(TASK_WRITE_COPY, launch), withVariables("listingTitle", "Bamboo cutting board"));

    complete(task(TASK_REVIEW_MAIN_IMAGE, launch), withVariables(MAIN_IMAGE_APPROVED, true));
    complete(task(TASK_SHIP_TO_FBA, launch), withVariables(FBA_SHIPMENT_ID, "FBA15ABCDE12", "unitsShipped", 500));
    assertThat(launch).isWaitingAtExactly(EVENT_FBA_INBOUND_RECEIVED);

    engine.getRuntimeService().createMessageCorrelation(MESSAGE_FBA_INBOUND_RECEIVED)
        .processInstanceBusinessKey(launch.getBusinessKey()).correlate();
    complete(task(TASK_CREATE_AD_GROUP, launch), withVariables("adGroupName", "Bamboo board - exact", "dailyBudget", 30));
    complete(task(TASK_START_CPC_BIDDING, launch), withVariables("biddingStrategy", "down-only", "defaultBid", 0.8));

    assertThat(launch).isWaitingAtExactly(EVENT_FOURTEEN_DAYS_LIVE);
    assertThat(job().getDuedate()).isCloseTo(Date.from(Instant.now().plus(Duration.ofDays(14))), 60_000);
    execute(job());
    complete(task(TASK_REVIEW_LAUNCH, launch), withVariables("unitsSold", 120, "launchDecision", "continue"));

    assertThat(launch).isEnded().hasPassedInOrder(TASK_RESEARCH, TASK_CONFIRM_SUPPLIER, TASK_REVIEW_MAIN_IMAGE,
        TASK_SHIP_TO_FBA, EVENT_FBA_INBOUND_RECEIVED, TASK_CREATE_AD_GROUP, TASK_START_CPC_BIDDING,
        EVENT_FOURTEEN_DAYS_LIVE, TASK_REVIEW_LAUNCH, EVENT_LAUNCHED);
  }

  @Test
  void aRejectedMainImageGoesBackToTheAgencyUntilItPasses() {
    ProcessInstance launch = startLaunch();
    completeUpToContent(launch);
    complete(task(TASK_SHOOT_PHOTOS, launch), withVariables("photoSetLink", "https://share.example/set-1", "imageCount", 6));
    complete(task(TASK_WRITE_COPY, launch));

    complete(task(TASK_REVIEW_MAIN_IMAGE, launch), withVariables(MAIN_IMAGE_APPROVED, false, "imageFeedback", "Background is grey"));
    assertThat(launch).isWaitingAtExactly(TASK_RESHOOT);
    assertThat(task(launch)).hasCandidateGroup("agency-photo");
    complete(task(launch), withVariables("photoSetLink", "https://share.example/set-2"));

    assertThat(launch).isWaitingAtExactly(TASK_REVIEW_MAIN_IMAGE);
    complete(task(launch), withVariables(MAIN_IMAGE_APPROVED, true));
    assertThat(launch).isWaitingAtExactly(TASK_SHIP_TO_FBA);
  }

  @Test
  void cpcBiddingStartsOnlyAfterTheAdGroupExists() {
    ProcessInstance launch = startLaunch();
    completeUpToContent(launch);
    complete(task(TASK_SHOOT_PHOTOS, launch));
    complete(task(TASK_WRITE_COPY, launch));
    complete(task(TASK_REVIEW_MAIN_IMAGE, launch), withVariables(MAIN_IMAGE_APPROVED, true));
    complete(task(TASK_SHIP_TO_FBA, launch), withVariables(FBA_SHIPMENT_ID, "FBA15ABCDE13"));
    engine.getRuntimeService().createMessageCorrelation(MESSAGE_FBA_INBOUND_RECEIVED)
        .processInstanceBusinessKey(launch.getBusinessKey()).correlate();

    assertThat(launch).isWaitingAtExactly(TASK_CREATE_AD_GROUP);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(launch.getId())
        .taskDefinitionKey(TASK_START_CPC_BIDDING).count()).isZero();
    complete(task(launch));
    assertThat(launch).isWaitingAtExactly(TASK_START_CPC_BIDDING).hasPassedInOrder(TASK_CREATE_AD_GROUP);
  }

  private ProcessInstance startLaunch() {
    return engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, "PL-" + UUID.randomUUID(),
        withVariables(PRODUCT_NAME, "Bamboo cutting board", SKU, "BCB-001", SITE, "US"));
  }

  private void completeUpToContent(ProcessInstance launch) {
    assertThat(launch).isWaitingAtExactly(TASK_RESEARCH);
    assertThat(task(launch)).hasCandidateGroup("operations");
    complete(task(launch), withVariables("marketNotes", "Top 3 sell at 25-30 USD", "targetPrice", 27.99));
    assertThat(task(launch)).hasCandidateGroup("purchasing");
    complete(task(launch), withVariables("supplierName", "Fujian Bamboo Co.", "unitCost", 18.5));
  }
}
