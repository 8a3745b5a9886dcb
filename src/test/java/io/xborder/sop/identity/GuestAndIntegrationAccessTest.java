package io.xborder.sop.identity;

import static io.xborder.sop.PlatformHttp.REST;
import static io.xborder.sop.PlatformHttp.ids;
import static io.xborder.sop.PlatformHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import io.xborder.sop.launch.LaunchesInProgress;
import io.xborder.sop.launch.ProductLaunch;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Outside parties through real HTTP: the photo agency (a guest) and the ERP (a system). */
@PlatformTest
class GuestAndIntegrationAccessTest {

  @Autowired
  ProcessEngine engine;

  @Autowired
  PlatformHttp http;


  @Test
  void theAgencySeesItsPhotographyTaskAndNothingElse() {
    ProcessInstance launch = launchWaitingForPhotos();
    ProcessInstance otherProject = engine.getRuntimeService().startProcessInstanceByKey("project-kickoff",
        "KO-GUEST-" + UUID.randomUUID(), Map.of("projectName", "Internal only"));
    Task photos = task(launch, ProductLaunch.TASK_SHOOT_PHOTOS);

    List<String> visibleTasks = ids(json(http.get(REST + "/task?maxResults=1000", "photo-agency")));
    assertThat(visibleTasks).contains(photos.getId());
    assertThat(visibleTasks).allSatisfy(taskId ->
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).taskCandidateGroup("agency-photo").count())
            .as("every visible task is offered to the agency").isEqualTo(1));
    assertThat(json(http.get(REST + "/task?processInstanceId=" + otherProject.getId(), "photo-agency"))).isEmpty();
    assertThat(json(http.get(REST + "/process-instance", "photo-agency"))).isEmpty();
    assertThat(json(http.get(REST + "/variable-instance?processInstanceIdIn=" + otherProject.getId(), "photo-agency"))).isEmpty();
    assertThat(http.get(REST + "/process-instance/" + otherProject.getId() + "/variables", "photo-agency").statusCode())
        .isEqualTo(403);
    assertThat(json(http.get(REST + "/history/process-instance", "photo-agency"))).isEmpty();
    assertThat(json(http.get(REST + "/history/task?processInstanceId=" + otherProject.getId(), "photo-agency"))).isEmpty();
    assertThat(json(http.get(REST + "/process-definition", "photo-agency"))).isEmpty();
  }

  @Test
  void theAgencyCannotStartProjectsNorUseCockpit() {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProductLaunch.PROCESS_KEY).latestVersion().singleResult().getId();

    HttpResponse<String> start = http.postJson(REST + "/process-definition/" + definitionId + "/start", "photo-agency", "{}");

    assertThat(start.statusCode()).isEqualTo(403);
    assertThat(http.webAppLogin("photo-agency", "cockpit")).isEqualTo(403);
    assertThat(http.webAppGet("photo-agency", "tasklist",
        "/camunda/api/cockpit/plugin/base/default/process-definition/statistics").statusCode()).isEqualTo(403);
  }

  @Test
  void theAgencysAccessToATaskEndsWithTheTask() {
    Task photos = task(launchWaitingForPhotos(), ProductLaunch.TASK_SHOOT_PHOTOS);
    assertThat(http.get(REST + "/task/" + photos.getId() + "/form-variables", "photo-agency").statusCode()).isEqualTo(200);

    HttpResponse<String> done = http.postJson(REST + "/task/" + photos.getId() + "/complete", "photo-agency",
        "{\"variables\": {\"photoSetLink\": {\"value\": \"https://share.example/x\"}, \"imageCount\": {\"value\": 5}}}");

    assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
    assertThat(engine.getAuthorizationService().createAuthorizationQuery()
        .resourceType(Resources.TASK).resourceId(photos.getId()).count()).isZero();
  }

  @Test
  void theErpMovesALaunchOnByAnEventButReadsNothing() {
    ProcessInstance launch = launchWaitingForFbaInbound();

    HttpResponse<String> delivered = http.deliverEvent("erp-integration", ProductLaunch.MESSAGE_FBA_INBOUND_RECEIVED,
        "{\"projectCode\": \"" + launch.getBusinessKey() + "\"}");

    assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);
    assertThat(delivered.body()).doesNotContain(launch.getId()).doesNotContain(launch.getBusinessKey());
    assertThat(task(launch, ProductLaunch.TASK_CREATE_AD_GROUP)).isNotNull();
    assertThat(http.get(REST + "/task?processInstanceId=" + launch.getId(), "erp-integration").statusCode()).isEqualTo(403);
    assertThat(http.get(REST + "/process-instance?businessKey=" + launch.getBusinessKey(), "erp-integration").statusCode())
        .isEqualTo(403);
    assertThat(http.get(REST + "/process-instance/" + launch.getId() + "/variables", "erp-integration").statusCode())
        .isEqualTo(403);
    assertThat(http.webAppLogin("erp-integration", "tasklist")).isEqualTo(403);
  }

  @Test
  void aRepeatedOrUnknownEventIsRefusedWithItsReasonAndCreatesNothing() {
    ProcessInstance launch = launchWaitingForFbaInbound();
    String event = "{\"projectCode\": \"" + launch.getBusinessKey() + "\"}";
    assertThat(http.deliverEvent("erp-integration", ProductLaunch.MESSAGE_FBA_INBOUND_RECEIVED, event).statusCode()).isEqualTo(200);

    HttpResponse<String> again = http.deliverEvent("erp-integration", ProductLaunch.MESSAGE_FBA_INBOUND_RECEIVED, event);
    HttpResponse<String> unknown = http.deliverEvent("erp-integration", ProductLaunch.MESSAGE_FBA_INBOUND_RECEIVED,
        "{\"projectCode\": \"PL-NO-SUCH-LAUNCH\"}");

    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains("FbaInboundReceived").contains("No process definition or execution matches");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("No process definition or execution matches");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(launch.getId())
        .taskDefinitionKey(ProductLaunch.TASK_CREATE_AD_GROUP).count()).isEqualTo(1);
  }

  private ProcessInstance launchWaitingForPhotos() {
    return LaunchesInProgress.waitingForPhotos(engine, "Guest test board");
  }

  private ProcessInstance launchWaitingForFbaInbound() {
    return LaunchesInProgress.waitingForFbaInbound(engine, "Guest test board", "FBA15GUEST01");
  }

  private Task task(ProcessInstance project, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(project.getId())
        .taskDefinitionKey(taskKey).singleResult();
  }
}
