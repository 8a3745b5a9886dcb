package io.xborder.sop.security;

import static io.xborder.sop.PlatformHttp.REST;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import io.xborder.sop.compliance.ComplianceRemediation;
import io.xborder.sop.launch.LaunchesInProgress;
import io.xborder.sop.launch.ProductLaunch;
import io.xborder.sop.replenishment.UrgentReplenishment;
import io.xborder.sop.storeopening.StoreOpening;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ERP's technical user tries to do more than deliver its events, through real HTTP: rewrite a
 * project, move it past its steps, suspend a template's projects, read what the message API would
 * return, or send events the platform does not take. Each is refused and the project is as it was.
 */
@PlatformTest
class IntegrationAccountAttackTest {

  private static final String ERP = "erp-integration";
  private static final String SHIPMENT_ID = "FBA15ATTACK01";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  ProcessEngine engine;

  @Autowired
  PlatformHttp http;

  @Test
  void theErpCannotSetAProjectsVariables() {
    ProcessInstance launch = launchWaitingForFbaInbound();

    HttpResponse<String> modify = http.postJson(REST + "/process-instance/" + launch.getId() + "/variables", ERP,
        "{\"modifications\": {\"" + ProductLaunch.FBA_SHIPMENT_ID + "\": {\"value\": \"FORGED\"},"
            + " \"" + ProductLaunch.MAIN_IMAGE_APPROVED + "\": {\"value\": false}}}");
    HttpResponse<String> put = http.putJson(REST + "/process-instance/" + launch.getId() + "/variables/"
        + ProductLaunch.FBA_SHIPMENT_ID, ERP, "{\"value\": \"FORGED\"}");

    assertThat(modify.statusCode()).as(modify.body()).isEqualTo(403);
    assertThat(modify.body()).contains("integration account");
    assertThat(put.statusCode()).as(put.body()).isEqualTo(403);
    assertThat(engine.getRuntimeService().getVariables(launch.getId()))
        .containsEntry(ProductLaunch.FBA_SHIPMENT_ID, SHIPMENT_ID).containsEntry(ProductLaunch.MAIN_IMAGE_APPROVED, true);
  }

  @Test
  void theErpCannotMoveAProjectPastItsSteps() {
    ProcessInstance launch = launchWaitingForFbaInbound();

    HttpResponse<String> modification = http.postJson(REST + "/process-instance/" + launch.getId() + "/modification", ERP, """
        {"skipCustomListeners": true, "skipIoMappings": true, "instructions": [
          {"type": "cancel", "activityId": "%s"},
          {"type": "startBeforeActivity", "activityId": "%s"}]}
        """.formatted(ProductLaunch.EVENT_FBA_INBOUND_RECEIVED, ProductLaunch.TASK_REVIEW_LAUNCH));

    assertThat(modification.statusCode()).as(modification.body()).isEqualTo(403);
    assertWaitingForFbaInbound(launch);
  }

  @Test
  void theErpCannotSuspendATemplatesProjects() {
    ProcessInstance launch = launchWaitingForFbaInbound();

    HttpResponse<String> byInstances = http.putJson(REST + "/process-instance/suspended", ERP,
        "{\"processDefinitionKey\": \"" + ProductLaunch.PROCESS_KEY + "\", \"suspended\": true}");
    HttpResponse<String> byDefinition = http.putJson(REST + "/process-definition/key/" + ProductLaunch.PROCESS_KEY
        + "/suspended", ERP, "{\"suspended\": true, \"includeProcessInstances\": true}");

    assertThat(byInstances.statusCode()).as(byInstances.body()).isEqualTo(403);
    assertThat(byDefinition.statusCode()).as(byDefinition.body()).isEqualTo(403);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(launch.getId())
        .singleResult().isSuspended()).isFalse();
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(ProductLaunch.PROCESS_KEY)
        .suspended().count()).isZero();
  }

  @Test
  void theEngineMessageApiAnswersTheErpWithNothing() {
    ProcessInstance launch = launchWaitingForFbaInbound();

    HttpResponse<String> everything = http.postJson(REST + "/message", ERP, """
        {"messageName": "%s", "businessKey": "%s", "all": true, "resultEnabled": true, "variablesInResultEnabled": true}
        """.formatted(ProductLaunch.MESSAGE_FBA_INBOUND_RECEIVED, launch.getBusinessKey()));
    HttpResponse<String> plain = http.postJson(REST + "/message", ERP,
        "{\"messageName\": \"" + ProductLaunch.MESSAGE_FBA_INBOUND_RECEIVED + "\", \"businessKey\": \"" + launch.getBusinessKey() + "\"}");

    assertThat(everything.statusCode()).as(everything.body()).isEqualTo(403);
    assertThat(everything.body()).doesNotContain(SHIPMENT_ID).doesNotContain(launch.getId());
    assertThat(plain.statusCode()).as(plain.body()).isEqualTo(403);
    assertWaitingForFbaInbound(launch);
  }

  @ParameterizedTest(name = "GET {0}")
  @ValueSource(strings = {"/task", "/process-instance", "/variable-instance", "/execution", "/job", "/incident",
      "/process-definition", "/deployment", "/filter", "/user", "/history/process-instance",
      "/history/variable-instance", "/history/task", "/history/activity-instance", "/history/job-log",
      "/history/incident", "/history/user-operation"})
  void theErpReadsNothingThroughTheEngineApi(String path) {
    launchWaitingForFbaInbound();

    HttpResponse<String> read = http.get(REST + path, ERP);

    assertThat(read.statusCode()).as(read.body()).isEqualTo(403);
    assertThat(read.body()).doesNotContain(SHIPMENT_ID);
  }

  @Test
  void theErpCannotLogIntoAnyWebApp() {
    for (String app : new String[] {"welcome", "tasklist", "cockpit", "admin"}) {
      assertThat(http.webAppLogin(ERP, app)).as(app).isEqualTo(403);
    }
    assertThat(http.webAppLogin("lina", "tasklist")).as("a person's login is read by Camunda as before").isEqualTo(200);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @CsvSource(delimiter = '|', value = {
      "ComplianceNoticeReceived | {'noticeId': 'N-1', 'platform': 'amazon', 'site': 'DE', 'skus': 'A', 'deadline': '2027-01-15T23:59:00+01:00'} | regulation",
      "ComplianceNoticeReceived | {'noticeId': 'N-1', 'regulation': 'DE-WEEE', 'platform': 'amazon', 'site': 'DE', 'skus': 'A', 'deadline': 20270115} | deadline",
      "ComplianceNoticeReceived | {'noticeId': '<256>', 'regulation': 'DE-WEEE', 'platform': 'amazon', 'site': 'DE', 'skus': 'A', 'deadline': '2027-01-15T23:59:00+01:00'} | noticeId",
      "ComplianceNoticeReceived | {'noticeId': 'N-1', 'regulation': 'DE-WEEE', 'platform': 'amazon', 'site': 'DE', 'skus': '<4001>', 'deadline': '2027-01-15T23:59:00+01:00'} | skus",
      "ComplianceNoticeReceived | {'noticeId': 'N-1', 'regulation': 'DE-WEEE', 'platform': 'amazon', 'site': 'DE', 'skus': 'A', 'deadline': '2027-01-15T23:59:00+01:00', 'projectOwner': 'photo-agency'} | projectOwner",
      "LowStockAlert | {'sku': 'S-1', 'site': 'US', 'daysOfCover': 7.0} | dailySales",
      "LowStockAlert | {'sku': 'S-1', 'site': 'US', 'daysOfCover': '7', 'dailySales': 35.0} | daysOfCover",
      "LowStockAlert | {'sku': 'S-1', 'site': 'US', 'daysOfCover': -1, 'dailySales': 35.0} | daysOfCover",
      "LowStockAlert | {'sku': '<256>', 'site': 'US', 'daysOfCover': 7.0, 'dailySales': 35.0} | sku",
      "LowStockAlert | {'sku': 'S-1', 'site': {'code': 'US'}, 'daysOfCover': 7.0, 'dailySales': 35.0} | site",
      "PlatformReviewResult | {'reviewOutcome': 'approved'} | projectCode",
      "PlatformReviewResult | {'projectCode': 'SO-1', 'reviewOutcome': 'maybe'} | reviewOutcome",
      "PlatformReviewResult | {'projectCode': 'SO-1', 'reviewOutcome': 'approved', 'reviewNote': '<4001>'} | reviewNote",
      "FbaInboundReceived | {'projectCode': 42} | projectCode",
      "FbaInboundReceived | {'projectCode': '<256>'} | projectCode",
      "FbaInboundReceived | {'projectCode': 'PL-1', 'fbaShipmentId': 'X'} | fbaShipmentId"})
  void aMalformedEventIsRefusedNamingTheFieldAndChangesNothing(String event, String body, String field) throws Exception {
    long activitiesBefore = engine.getHistoryService().createHistoricActivityInstanceQuery().count();

    HttpResponse<String> refused = http.deliverEvent(ERP, event, body.replace('\'', '"')
        .replace("<256>", "K".repeat(256)).replace("<4001>", "T".repeat(4001)));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    JsonNode answer = JSON.readTree(refused.body());
    assertThat(answer.path("field").asText()).isEqualTo(field);
    assertThat(answer.path("detail").asText()).contains("'" + field + "'");
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().count())
        .as("no project started or moved").isEqualTo(activitiesBefore);
  }

  @Test
  void eachGoodEventIsAcknowledgedWithAReceiptAndNoProjectData() throws Exception {
    String noticeId = "AMZ-NOTICE-" + UUID.randomUUID();
    String sku = "SKU-" + UUID.randomUUID().toString().substring(0, 8);
    ProcessInstance launch = launchWaitingForFbaInbound();
    ProcessInstance kyc = kycWaitingForReview();

    assertReceiptOnly(http.deliverEvent(ERP, ComplianceRemediation.MESSAGE_NOTICE_RECEIVED, """
        {"noticeId": "%s", "regulation": "DE-WEEE", "platform": "amazon", "site": "DE", "skus": "BCB-001",
         "deadline": "2027-01-15T23:59:00"}""".formatted(noticeId)));
    assertReceiptOnly(http.deliverEvent(ERP, UrgentReplenishment.MESSAGE_LOW_STOCK_ALERT,
        "{\"sku\": \"" + sku + "\", \"site\": \"US\", \"daysOfCover\": 7, \"dailySales\": 35}"));
    assertReceiptOnly(http.deliverEvent(ERP, StoreOpening.REVIEW_RESULT_MESSAGE,
        "{\"projectCode\": \"" + kyc.getBusinessKey() + "\", \"reviewOutcome\": \"approved\", \"reviewNote\": \"Verified\"}"));
    assertReceiptOnly(http.deliverEvent(ERP, ProductLaunch.MESSAGE_FBA_INBOUND_RECEIVED,
        "{\"projectCode\": \"" + launch.getBusinessKey() + "\"}"));

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ComplianceRemediation.PROCESS_KEY)
        .processInstanceBusinessKey(noticeId).count()).isEqualTo(1);
    ProcessInstance replenishment = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(UrgentReplenishment.PROCESS_KEY).variableValueEquals(UrgentReplenishment.SKU, sku).singleResult();
    assertThat(engine.getRuntimeService().getVariables(replenishment.getId()))
        .containsEntry(UrgentReplenishment.DAYS_OF_COVER, 7.0).containsEntry(UrgentReplenishment.DAILY_SALES, 35.0);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(kyc.getId())
        .singleResult().getEndTime()).as("KYC approved and ended").isNotNull();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(kyc.getId())
        .variableName(StoreOpening.APPLICATION_STATUS).singleResult().getValue()).isEqualTo("OPENED");
    assertThat(task(launch, ProductLaunch.TASK_CREATE_AD_GROUP)).isNotNull();

    HttpResponse<String> again = http.deliverEvent(ERP, StoreOpening.REVIEW_RESULT_MESSAGE,
        "{\"projectCode\": \"" + kyc.getBusinessKey() + "\", \"reviewOutcome\": \"rejected\"}");
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains(StoreOpening.REVIEW_RESULT_MESSAGE).contains("No process definition or execution matches");
  }

  @Test
  void onlyIntegrationAccountsDeliverEvents() {
    ProcessInstance launch = launchWaitingForFbaInbound();
    String event = "{\"projectCode\": \"" + launch.getBusinessKey() + "\"}";

    for (String person : new String[] {"lina", "analyst", "admin"}) {
      HttpResponse<String> refused = http.deliverEvent(person, ProductLaunch.MESSAGE_FBA_INBOUND_RECEIVED, event);
      assertThat(refused.statusCode()).as(person + ": " + refused.body()).isEqualTo(403);
      assertThat(refused.body()).contains("integrations");
    }
    assertThat(http.deliverEvent(null, ProductLaunch.MESSAGE_FBA_INBOUND_RECEIVED, event).statusCode()).isEqualTo(401);
    assertWaitingForFbaInbound(launch);
  }

  @Test
  void anythingButAKnownEventAsJsonIsRefused() {
    ProcessInstance launch = launchWaitingForFbaInbound();
    String event = "{\"projectCode\": \"" + launch.getBusinessKey() + "\"}";

    HttpResponse<String> unknown = http.deliverEvent(ERP, "ProjectCompleted", event);
    HttpResponse<String> notJson = postAs("text/plain", event);
    HttpResponse<String> noType = postAs("not a media type", event);
    HttpResponse<String> huge = http.deliverEvent(ERP, ProductLaunch.MESSAGE_FBA_INBOUND_RECEIVED,
        "{\"projectCode\": \"" + launch.getBusinessKey() + "\", \"padding\": \"" + "x".repeat(100_000) + "\"}");
    HttpResponse<String> broken = http.deliverEvent(ERP, ProductLaunch.MESSAGE_FBA_INBOUND_RECEIVED, "{\"projectCode\": ");
    HttpResponse<String> twice = http.deliverEvent(ERP, ProductLaunch.MESSAGE_FBA_INBOUND_RECEIVED,
        "{\"projectCode\": \"PL-OTHER\", \"projectCode\": \"" + launch.getBusinessKey() + "\"}");

    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("FbaInboundReceived");
    assertThat(notJson.statusCode()).isEqualTo(415);
    assertThat(noType.statusCode()).isEqualTo(415);
    assertThat(huge.statusCode()).isEqualTo(413);
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(twice.statusCode()).isEqualTo(400);
    assertThat(twice.body()).contains("projectCode");
    assertWaitingForFbaInbound(launch);
  }

  private HttpResponse<String> postAs(String contentType, String fbaInboundEvent) {
    return http.send(HttpRequest.newBuilder(URI.create(http.url("/events/" + ProductLaunch.MESSAGE_FBA_INBOUND_RECEIVED)))
        .header("Authorization", PlatformHttp.basic(ERP, PlatformHttp.DEMO_PASSWORD)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(fbaInboundEvent)));
  }

  private static void assertReceiptOnly(HttpResponse<String> delivered) throws Exception {
    assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);
    JsonNode answer = JSON.readTree(delivered.body());
    assertThat(answer.size()).as(delivered.body()).isEqualTo(1);
    assertThat(UUID.fromString(answer.get("receiptId").asText())).isNotNull();
  }

  private void assertWaitingForFbaInbound(ProcessInstance launch) {
    assertThat(engine.getRuntimeService().getActiveActivityIds(launch.getId()))
        .containsExactly(ProductLaunch.EVENT_FBA_INBOUND_RECEIVED);
    assertThat(engine.getRuntimeService().getVariable(launch.getId(), ProductLaunch.FBA_SHIPMENT_ID)).isEqualTo(SHIPMENT_ID);
  }

  private ProcessInstance kycWaitingForReview() {
    return engine.getRuntimeService().createProcessInstanceByKey(StoreOpening.KYC_PROCESS_KEY)
        .businessKey("SO-AMAZON-DE-" + UUID.randomUUID().toString().substring(0, 8))
        .setVariables(Map.of(StoreOpening.PLATFORM, "amazon", StoreOpening.SITE, "DE", StoreOpening.PROJECT_OWNER, "lina"))
        .startBeforeActivity(StoreOpening.TASK_AWAIT_REVIEW_RESULT)
        .execute();
  }

  private ProcessInstance launchWaitingForFbaInbound() {
    return LaunchesInProgress.waitingForFbaInbound(engine, "Attack test board", SHIPMENT_ID);
  }

  private Task task(ProcessInstance project, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(project.getId())
        .taskDefinitionKey(taskKey).singleResult();
  }
}
