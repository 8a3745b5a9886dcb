package io.xborder.sop.identity;

import static io.xborder.sop.PlatformHttp.REST;
import static io.xborder.sop.PlatformHttp.ids;
import static io.xborder.sop.PlatformHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Least privilege, seen from each role's side of real HTTP. */
@PlatformTest
class RoleAuthorizationTest {

  @Autowired
  ProcessEngine engine;

  @Autowired
  PlatformHttp http;


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
  void everyoneHasTheFourTasklistFilters() {
    for (String user : List.of("lina", "photo-agency", "zhoujing")) {
      assertThat(names(json(http.get(REST + "/filter", user))))
          .as(user).containsExactlyInAnyOrder("我的任务 My tasks", "组内待认领 My group tasks", "今日到期 Due today", "已逾期 Overdue");
    }
  }

  @Test
  void staffSeeTheTasksOfferedToTheirGroupAndNoOthers() {
    String projectId = engine.getRuntimeService().startProcessInstanceByKey("project-kickoff", "KO-ROLES-1",
        Map.of("projectName", "Offered to operations")).getId();
    Task scope = engine.getTaskService().createTaskQuery().processInstanceId(projectId).singleResult();

    assertThat(ids(json(http.get(REST + "/task?processInstanceId=" + projectId, "wangwei"))))
        .containsExactly(scope.getId());
    assertThat(json(http.get(REST + "/task?processInstanceId=" + projectId, "zhaomin"))).isEmpty();
    assertThat(json(http.get(REST + "/task?processInstanceId=" + projectId, "liuyang"))).isEmpty();
  }

  @Test
  void analystsDeployButDoNotDoTheStaffsWork() {
    String projectId = engine.getRuntimeService().startProcessInstanceByKey("project-kickoff", "KO-ROLES-3",
        Map.of("projectName", "Analysts watch, operations work")).getId();

    assertThat(json(http.get(REST + "/process-instance?processInstanceIds=" + projectId, "analyst"))).hasSize(1);
    assertThat(json(http.get(REST + "/task?processInstanceId=" + projectId, "analyst"))).isEmpty();
    assertThat(http.get(REST + "/deployment", "analyst").statusCode()).isEqualTo(200);
  }

  @Test
  void supervisorsAndManagersSeeEveryProjectButStaffDoNot() {
    String projectId = engine.getRuntimeService().startProcessInstanceByKey("project-kickoff", "KO-ROLES-4",
        Map.of("projectName", "Watched by managers")).getId();

    for (String overseer : List.of("sunhao", "zhoujing")) {
      assertThat(json(http.get(REST + "/process-instance?processInstanceIds=" + projectId, overseer)))
          .as(overseer).hasSize(1);
      assertThat(json(http.get(REST + "/task?processInstanceId=" + projectId, overseer))).as(overseer).hasSize(1);
    }
    assertThat(json(http.get(REST + "/process-instance?processInstanceIds=" + projectId, "lina"))).isEmpty();
  }

  private static List<String> names(JsonNode array) {
    List<String> names = new ArrayList<>();
    array.forEach(node -> names.add(node.get("name").asText()));
    return names;
  }
}
