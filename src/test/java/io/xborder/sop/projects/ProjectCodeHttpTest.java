package io.xborder.sop.projects;

import static io.xborder.sop.PlatformHttp.REST;
import static io.xborder.sop.PlatformHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Projects started as people start them — Tasklist's start form, without a code — get one, and every task shows it. */
@PlatformTest
class ProjectCodeHttpTest {

  private static final Pattern AMAZON_DE = Pattern.compile("SO-AMZ-DE-(\\d{4,})");

  @Autowired PlatformHttp http;
  @Autowired ProcessEngine engine;

  @Test
  void aStoreOpeningStartedFromTheStartFormGetsTheNextCodeOfItsMarketplaceAndSite() {
    ProcessInstance first = startStoreOpeningAsLina("Berlin Home");
    ProcessInstance second = startStoreOpeningAsLina("Munich Outdoor");

    int firstNumber = number(first.getBusinessKey());
    assertThat(number(second.getBusinessKey())).isEqualTo(firstNumber + 1);
    assertThat(engine.getRuntimeService().getVariable(first.getId(), ProjectVariables.PROJECT_CODE))
        .isEqualTo(first.getBusinessKey());
    assertThat(engine.getRuntimeService().getVariable(first.getId(), ProjectVariables.PROJECT_SUBJECT))
        .isEqualTo("Berlin Home · 亚马逊 Amazon · 德国 (DE)");
  }

  @Test
  void theFirstTaskNamesItsProjectSoTheStarterSeesTheCodeAndFiveStoreOpeningsNoLongerLookAlike() {
    ProcessInstance store = startStoreOpeningAsLina("Hamburg Kitchen");

    Task first = engine.getTaskService().createTaskQuery().processInstanceId(store.getId()).singleResult();
    assertThat(first.getName()).isEqualTo("准备公司资料 · " + store.getBusinessKey());
    assertThat(first.getDescription()).startsWith(store.getBusinessKey() + " · Hamburg Kitchen · 亚马逊 Amazon · 德国 (DE)")
        .contains("即为完成");
    // Lina is the owner: her "我的任务 My tasks" list carries the code and subject as columns.
    JsonNode mine = json(http.get(REST + "/task?assignee=lina&processInstanceId=" + store.getId(), "lina"));
    assertThat(mine.get(0).get("name").asText()).endsWith(store.getBusinessKey());
  }

  @Test
  void aCodeGivenByHandIsKeptAndTheCounterSkipsIt() {
    int next = number(startStoreOpeningAsLina("Cologne Pets").getBusinessKey()) + 1;
    String handGiven = String.format("SO-AMZ-DE-%04d", next);
    HttpResponse<String> byHand = http.postJson(REST + "/process-definition/key/store-opening/start", "lina",
        "{\"businessKey\": \"" + handGiven + "\", \"variables\": " + storeVariables("Dresden Tools") + "}");
    assertThat(byHand.statusCode()).as(byHand.body()).isEqualTo(200);

    ProcessInstance afterIt = startStoreOpeningAsLina("Leipzig Toys");

    assertThat(afterIt.getBusinessKey()).isEqualTo(String.format("SO-AMZ-DE-%04d", next + 1));
  }

  @Test
  void aCodeNeverComesBackAfterItsProjectEnded() {
    ProcessInstance ended = startStoreOpeningAsLina("Bonn Garden");
    engine.getRuntimeService().deleteProcessInstance(ended.getId(), "test: the project was cancelled");

    ProcessInstance next = startStoreOpeningAsLina("Bonn Garden again");

    assertThat(next.getBusinessKey()).isNotEqualTo(ended.getBusinessKey());
    assertThat(number(next.getBusinessKey())).isGreaterThan(number(ended.getBusinessKey()));
  }

  @Test
  void aStaffMemberCannotStartASecondRunningProjectUnderTheSameCode() {
    // Lina may not read other people's projects; the check must not depend on what she can see.
    String code = "SO-AMZ-DE-DUP-" + System.nanoTime();
    String body = "{\"businessKey\": \"" + code + "\", \"variables\": " + storeVariables("Twice") + "}";
    assertThat(http.postJson(REST + "/process-definition/key/store-opening/start", "wangwei", body).statusCode())
        .isEqualTo(200);

    HttpResponse<String> again = http.postJson(REST + "/process-definition/key/store-opening/start", "lina", body);

    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).contains(code).contains("already used by a running store-opening");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(code).count())
        .isEqualTo(1);
  }

  @Test
  void twoStartsOfTheSameCodeAtTheSameMomentGiveOneProjectAndOneRefusal() {
    String prefix = "SO-AMZ-DE-SAME-MOMENT-" + System.nanoTime() + "-";
    List<CompletableFuture<HttpResponse<String>>> starts = new ArrayList<>();
    for (int code = 0; code < 10; code++) {
      String body = "{\"businessKey\": \"" + prefix + code + "\", \"variables\": " + storeVariables("Twice at once") + "}";
      for (String starter : List.of("lina", "wangwei")) {
        starts.add(CompletableFuture.supplyAsync(
            () -> http.postJson(REST + "/process-definition/key/store-opening/start", starter, body)));
      }
    }

    List<HttpResponse<String>> answers = starts.stream().map(CompletableFuture::join).toList();

    assertThat(answers).filteredOn(answer -> answer.statusCode() != 200).hasSize(10).allSatisfy(refused -> {
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.body()).contains("already used by a running store-opening");
    });
    for (int code = 0; code < 10; code++) {
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(prefix + code)
          .count()).isEqualTo(1);
    }
  }

  @Test
  void aCodeThatCannotBeMadeIsRefusedWithWhatIsMissing() {
    HttpResponse<String> refused = http.postJson(REST + "/process-definition/key/store-opening/start", "lina",
        "{\"variables\": {\"storeName\": {\"value\": \"No marketplace\"}}}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("platform").contains("site");
  }

  @Test
  void anOwnerWhoIsNotInTheTeamIsRefusedWithThePeopleWhoMayOwnIt() {
    for (String notAnOwner : List.of("nobody", "photo-agency", "erp-integration")) {
      HttpResponse<String> refused = http.postJson(REST + "/process-definition/key/store-opening/submit-form", "lina",
          "{\"variables\": " + storeVariables("Owned by " + notAnOwner).replace("\"lina\"", "\"" + notAnOwner + "\"") + "}");

      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      assertThat(refused.body()).contains("项目负责人“" + notAnOwner + "”不是本团队成员")
          .contains("lina（Li Na）").contains("wangwei").doesNotContain("photo-agency（");
    }
  }

  @Test
  void theKycOfAStoreOpeningServesTheSameProject() {
    ProcessInstance store = startStoreOpeningAsLina("Frankfurt Books");
    for (int step = 0; step < 3; step++) {
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(store.getId()).singleResult();
      engine.getTaskService().complete(task.getId(), Map.of("documentsFolder", "https://files.example.com/ffm",
          "storeEmail", "frankfurt@example.com", "beneficialOwners", "Wang Fang, 100%"));
    }
    ProcessInstance kyc = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(store.getId()).singleResult();

    Task collect = engine.getTaskService().createTaskQuery().processInstanceId(kyc.getId()).singleResult();
    assertThat(collect.getName()).endsWith(" · " + store.getBusinessKey());
    assertThat(engine.getRuntimeService().getVariable(kyc.getId(), ProjectVariables.PROJECT_SUBJECT))
        .isEqualTo("Frankfurt Books · 亚马逊 Amazon · 德国 (DE)");
  }

  @Test
  void everySharedTasklistFilterShowsTheProjectBesideEachTask() {
    List<Filter> filters = engine.getFilterService().createTaskFilterQuery().list();

    assertThat(filters).extracting(Filter::getName).contains("我的任务 My tasks", "组内待认领 My group tasks", "今日到期 Due today", "已逾期 Overdue");
    for (Filter filter : filters) {
      assertThat(filter.getProperties().get("variables").toString())
          .as(filter.getName()).contains(ProjectVariables.PROJECT_CODE).contains(ProjectVariables.PROJECT_SUBJECT);
    }
  }

  @Test
  void linasMyTasksListCarriesTheProjectCodeAndSubjectBesideHerTaskAsTasklistAsksForIt() {
    ProcessInstance store = startStoreOpeningAsLina("Kiel Harbour");
    String myTasks = engine.getFilterService().createTaskFilterQuery().filterName("我的任务 My tasks").singleResult().getId();

    // Tasklist's own request for a filter's page: HAL, so the filter's variable columns come embedded.
    HttpResponse<String> page = http.send(http.request(REST + "/filter/" + myTasks + "/list?firstResult=0&maxResults=50", "lina")
        .header("Accept", "application/hal+json").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"processInstanceId\": \"" + store.getId() + "\"}")));

    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    JsonNode task = json(page).at("/_embedded/task/0");
    Map<String, String> columns = new HashMap<>();
    task.at("/_embedded/variable").forEach(variable -> columns.put(variable.get("name").asText(), variable.get("value").asText()));
    assertThat(columns).containsEntry(ProjectVariables.PROJECT_CODE, store.getBusinessKey())
        .containsEntry(ProjectVariables.PROJECT_SUBJECT, "Kiel Harbour · 亚马逊 Amazon · 德国 (DE)");
  }

  /** What Tasklist sends when lina fills in the store-opening start form and presses Start. */
  private ProcessInstance startStoreOpeningAsLina(String storeName) {
    HttpResponse<String> started = http.postJson(REST + "/process-definition/key/store-opening/submit-form", "lina",
        "{\"variables\": " + storeVariables(storeName) + "}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String id = json(started).get("id").asText();
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
  }

  private static String storeVariables(String storeName) {
    return "{\"platform\": {\"value\": \"amazon\"}, \"site\": {\"value\": \"DE\"},"
        + " \"companyName\": {\"value\": \"Shenzhen Example Trading Co., Ltd.\"},"
        + " \"storeName\": {\"value\": \"" + storeName + "\"}, \"riskLevel\": {\"value\": \"normal\"},"
        + " \"projectOwner\": {\"value\": \"lina\"}}";
  }

  private static int number(String code) {
    Matcher matcher = AMAZON_DE.matcher(code);
    assertThat(matcher.matches()).as(code + " is an Amazon DE store-opening code").isTrue();
    return Integer.parseInt(matcher.group(1));
  }
}
