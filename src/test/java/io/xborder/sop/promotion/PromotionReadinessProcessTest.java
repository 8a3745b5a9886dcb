package io.xborder.sop.promotion;

import static io.xborder.sop.promotion.PromotionReadiness.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.xborder.sop.PlatformTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PlatformTest
class PromotionReadinessProcessTest {

  private static final ZoneId TEAM = ZoneId.of("Asia/Shanghai");

  @Autowired
  ProcessEngine engine;

  @Test
  void blackFridayMilestonesFallDueAtTheirOffsetsAndAReviewFollows() {
    ProcessInstance promotion = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, "PR-" + UUID.randomUUID(),
        withVariables(EVENT_TYPE, "black-friday-cyber-monday", EVENT_NAME, "BFCM 2027", EVENT_DATE, "2027-11-26", SITE, "US"));

    Map<String, Date> timers = engine.getManagementService().createJobQuery().processInstanceId(promotion.getId())
        .timers().list().stream().collect(Collectors.toMap(this::activityOf, Job::getDuedate));
    assertThat(timers).containsOnly(
        Map.entry("Event_StockUpDue", nineOClock(2027, 9, 12)),
        Map.entry("Event_LastInboundDue", nineOClock(2027, 10, 27)),
        Map.entry("Event_DealSubmissionDue", nineOClock(2027, 10, 25)),
        Map.entry("Event_AdBudgetRaiseDue", nineOClock(2027, 11, 19)));

    for (Job timer : engine.getManagementService().createJobQuery().processInstanceId(promotion.getId()).timers().list()) {
      engine.getManagementService().executeJob(timer.getId());
    }
    assertThat(promotion).isWaitingAtExactly(TASK_PLACE_STOCK_UP_ORDER, TASK_SHIP_LAST_INBOUND, TASK_SUBMIT_DEALS,
        TASK_RAISE_AD_BUDGET);
    assertThat(task(TASK_PLACE_STOCK_UP_ORDER, promotion)).hasCandidateGroup("purchasing");
    assertThat(task(TASK_SUBMIT_DEALS, promotion).getDueDate())
        .isEqualTo(Date.from(ZonedDateTime.of(2027, 10, 25, 18, 0, 0, 0, TEAM).toInstant()));

    for (String milestone : List.of(TASK_PLACE_STOCK_UP_ORDER, TASK_SHIP_LAST_INBOUND, TASK_SUBMIT_DEALS, TASK_RAISE_AD_BUDGET)) {
      complete(task(milestone, promotion));
    }
    assertThat(promotion).isWaitingAtExactly(EVENT_PROMOTION_OVER);
    assertThat(job().getDuedate()).isEqualTo(nineOClock(2027, 12, 6));
    execute(job());
    complete(task(TASK_REVIEW_PROMOTION, promotion), withVariables("eventRevenue", 125000.0, "stockOutSkus", 2));
    assertThat(promotion).isEnded();
  }

  @Test
  void aLatePlanStillGetsEveryMilestoneAtOnce() {
    String tomorrow = LocalDate.now(TEAM).plusDays(1).toString();
    ProcessInstance promotion = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, "PR-" + UUID.randomUUID(),
        withVariables(EVENT_TYPE, "double-11", EVENT_NAME, "11.11 late", EVENT_DATE, tomorrow, SITE, "SG"));

    assertThat(engine.getManagementService().createJobQuery().processInstanceId(promotion.getId()).timers()
        .duedateLowerThan(new Date()).count()).isEqualTo(4);
  }

  private String activityOf(Job timer) {
    return engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId())
        .singleResult().getActivityId();
  }

  private static Date nineOClock(int year, int month, int day) {
    return Date.from(ZonedDateTime.of(year, month, day, 9, 0, 0, 0, TEAM).toInstant());
  }
}
