package io.xborder.sop.identity;

import static io.xborder.sop.PlatformHttp.REST;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Least privilege, seen from each role's side of real HTTP. */
@PlatformTest
class RoleAuthorizationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  PlatformHttp http;

  @BeforeEach
  void connect() {
    http = new PlatformHttp(port);
  }

  @Test
  void theDemoOrganisationHasEveryRoleAndItsPeople() {
    for (DemoOrganisation.DemoUser user : DemoOrganisation.USERS) {
      assertThat(engine.getIdentityService().createUserQuery().userId(user.id()).memberOfGroup(user.role().groupId()).count())
          .as(user.id() + " in " + user.role().groupId()).isEqualTo(1);
      assertThat(engine.getIdentityService().checkPassword(user.id(), "demo")).isTrue();
    }
    assertThat(engine.getIdentityService().createUserQuery().userId("admin").memberOfGroup("camunda-admin").count()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0} → tasklist {1}, cockpit {2}, admin {3}")
  @CsvSource({
      "lina,         200, 403, 403",
      "zhaomin,      200, 403, 403",
      "photo-agency, 200, 403, 403",
      "sunhao,       200, 200, 403",
      "zhoujing,     200, 200, 403",
      "analyst,      200, 200, 403",
      "admin,        200, 200, 200"})
  void eachRoleReachesOnlyTheWebAppsItNeeds(String user, int tasklist, int cockpit, int admin) {
    assertThat(http.webAppLogin(user, "tasklist")).as("tasklist").isEqualTo(tasklist);
    assertThat(http.webAppLogin(user, "cockpit")).as("cockpit").isEqualTo(cockpit);
    assertThat(http.webAppLogin(user, "admin")).as("admin").isEqualTo(admin);
  }

  @Test
  void cockpitsOwnApiServesThoseWithCockpitAccessOnly() {
    String statistics = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";

    assertThat(http.webAppGet("zhoujing", "cockpit", statistics).statusCode()).isEqualTo(200);
    assertThat(http.webAppGet("lina", "tasklist", statistics).statusCode()).isEqualTo(403);
  }

  @Test
  void everyoneHasTheFourTasklistFilters() throws IOException {
    for (String user : List.of("lina", "photo-agency", "zhoujing")) {
      assertThat(names(json(http.get(REST + "/filter", user).body())))
          .as(user).containsExactlyInAnyOrder("My tasks", "My group tasks", "Due today", "Overdue");
    }
  }

  @Test
  void staffSeeTheTasksOfferedToTheirGroupAndNoOthers() throws IOException {
    String projectId = engine.getRuntimeService().startProcessInstanceByKey("project-kickoff", "KO-ROLES-1",
        Map.of("projectName", "Offered to operations")).getId();
    Task scope = engine.getTaskService().createTaskQuery().processInstanceId(projectId).singleResult();

    assertThat(ids(json(http.get(REST + "/task?processInstanceId=" + projectId, "wangwei").body())))
        .containsExactly(scope.getId());
    assertThat(json(http.get(REST + "/task?processInstanceId=" + projectId, "zhaomin").body())).isEmpty();
    assertThat(json(http.get(REST + "/task?processInstanceId=" + projectId, "liuyang").body())).isEmpty();
  }

  @Test
  void anOutsideAgencySeesOnlyItsOwnTaskAndCannotStartOrBrowseProjects() throws IOException {
    String projectId = engine.getRuntimeService().startProcessInstanceByKey("project-kickoff", "KO-ROLES-2",
        Map.of("projectName", "Not for the agency")).getId();
    Task photography = engine.getTaskService().newTask();
    photography.setName("Shoot the main images");
    engine.getTaskService().saveTask(photography);
    engine.getTaskService().addCandidateGroup(photography.getId(), "agency-photo");

    assertThat(ids(json(http.get(REST + "/task", "photo-agency").body()))).contains(photography.getId())
        .allSatisfy(taskId -> assertThat(engine.getTaskService().createTaskQuery().taskId(taskId)
            .taskCandidateGroup("agency-photo").count()).isEqualTo(1));
    assertThat(json(http.get(REST + "/process-instance", "photo-agency").body())).isEmpty();
    assertThat(json(http.get(REST + "/process-definition", "photo-agency").body())).isEmpty();
    assertThat(http.get(REST + "/process-instance/" + projectId + "/variables", "photo-agency").statusCode()).isEqualTo(403);
    assertThat(http.postJson(REST + "/process-definition/key/project-kickoff/start", "photo-agency", "{}").statusCode())
        .isIn(403, 404);
    engine.getTaskService().deleteTask(photography.getId(), true);
  }

  @Test
  void analystsDeployButDoNotDoTheStaffsWork() throws IOException {
    String projectId = engine.getRuntimeService().startProcessInstanceByKey("project-kickoff", "KO-ROLES-3",
        Map.of("projectName", "Analysts watch, operations work")).getId();

    assertThat(json(http.get(REST + "/process-instance?processInstanceIds=" + projectId, "analyst").body())).hasSize(1);
    assertThat(json(http.get(REST + "/task?processInstanceId=" + projectId, "analyst").body())).isEmpty();
    assertThat(http.get(REST + "/deployment", "analyst").statusCode()).isEqualTo(200);
  }

  @Test
  void supervisorsAndManagersSeeEveryProjectButStaffDoNot() throws IOException {
    String projectId = engine.getRuntimeService().startProcessInstanceByKey("project-kickoff", "KO-ROLES-4",
        Map.of("projectName", "Watched by managers")).getId();

    for (String overseer : List.of("sunhao", "zhoujing")) {
      assertThat(json(http.get(REST + "/process-instance?processInstanceIds=" + projectId, overseer).body()))
          .as(overseer).hasSize(1);
      assertThat(json(http.get(REST + "/task?processInstanceId=" + projectId, overseer).body())).as(overseer).hasSize(1);
    }
    assertThat(json(http.get(REST + "/process-instance?processInstanceIds=" + projectId, "lina").body())).isEmpty();
  }

  private static JsonNode json(String body) throws IOException {
    return JSON.readTree(body);
  }

  private static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(node -> ids.add(node.get("id").asText()));
    return ids;
  }

  private static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    array.forEach(node -> names.add(node.get("name").asText()));
    return names;
  }
}
