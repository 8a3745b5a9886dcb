package io.xborder.sop.replenishment;

import static io.xborder.sop.replenishment.UrgentReplenishment.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.xborder.sop.PlatformTest;
import io.xborder.sop.signoff.SignOff;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PlatformTest
class UrgentReplenishmentProcessTest {

  @Autowired
  ProcessEngine engine;

  @Test
  void aSmallOrderGoesStraightToThePurchaseOrderAndStockIsReceived() {
    String sku = "SKU-" + UUID.randomUUID();
    ProcessInstance replenishment = alert(sku, "US", 10.0);

    assertThat(replenishment).isWaitingAt(TASK_CONFIRM_ORDER_QUANTITY).variables()
        .containsEntry(ALERT_COUNT, 1).containsEntry("shipping", Map.of("shippingMode", "express", "leadTimeDays", 7));
    assertThat(task(replenishment)).hasCandidateGroup("purchasing");
    complete(task(replenishment), withVariables(ORDER_QUANTITY, 300, ORDER_AMOUNT, 9000.0, "supplierName", "Ningbo Home"));

    assertThat(replenishment).isWaitingAt(TASK_PLACE_PURCHASE_ORDER).variables().containsEntry("riskLevel", "low");
    complete(task(replenishment), withVariables("supplierOrderNumber", "NB-2211", "goodsReadyDate", "2026-12-01"));
    assertThat(task(replenishment)).hasCandidateGroup("operations").hasName("订舱发货 · " + replenishment.getBusinessKey());
    complete(task(replenishment), withVariables("carrier", "DHL Express", "trackingNumber", "1234567890"));
    complete(task(replenishment), withVariables("receivedQuantity", 300));

    assertThat(replenishment).isEnded().hasPassed(EVENT_REPLENISHED);
  }

  @Test
  void aLargeOrderIsSignedOffBySupervisorAndFinanceBeforeItIsPlaced() {
    ProcessInstance replenishment = alert("SKU-" + UUID.randomUUID(), "DE", 30.0);
    complete(task(replenishment), withVariables(ORDER_QUANTITY, 5000, ORDER_AMOUNT, 180000.0, "supplierName", "Shenzhen Audio"));

    assertThat(replenishment).isWaitingAt(ACTIVITY_SIGN_OFF);
    ProcessInstance signOff = calledProcessInstance(SignOff.PROCESS_KEY, replenishment);
    assertThat(signOff.getBusinessKey()).isEqualTo(replenishment.getBusinessKey());
    assertThat(task(signOff)).hasCandidateGroup("supervisors");
    complete(task(signOff), withVariables(SignOff.LEVEL_1_APPROVED, true));
    assertThat(task(signOff)).hasCandidateGroup("finance");
    complete(task(signOff), withVariables(SignOff.LEVEL_2_APPROVED, true));

    assertThat(replenishment).isWaitingAt(TASK_PLACE_PURCHASE_ORDER);
    assertThat(engine.getRuntimeService().getVariable(replenishment.getId(), "shipping"))
        .isEqualTo(Map.of("shippingMode", "air", "leadTimeDays", 12));
  }

  private ProcessInstance alert(String sku, String site, double daysOfCover) {
    engine.getRuntimeService().createMessageCorrelation(MESSAGE_LOW_STOCK_ALERT)
        .processInstanceBusinessKey("RP-" + sku + "-" + site)
        .processInstanceVariableEquals(SKU, sku).processInstanceVariableEquals(SITE, site)
        .setVariable(SKU, sku).setVariable(SITE, site).setVariable(DAYS_OF_COVER, daysOfCover).setVariable(DAILY_SALES, 40.0)
        .correlateWithResult();
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .variableValueEquals(SKU, sku).singleResult();
  }
}
