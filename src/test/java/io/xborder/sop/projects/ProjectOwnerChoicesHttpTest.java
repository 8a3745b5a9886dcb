package io.xborder.sop.projects;

import static io.xborder.sop.PlatformHttp.REST;
import static io.xborder.sop.PlatformHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The store-opening start form offers the people who may own the project, by name, instead of a text field. */
@PlatformTest
class ProjectOwnerChoicesHttpTest {

  @Autowired PlatformHttp http;
  @Autowired ProcessEngine engine;

  @Test
  void tasklistGetsTheStartFormWithTheTeamAsTheOwnersOptions() {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("store-opening").latestVersion().singleResult().getId();

    // The address Tasklist fetches a start form from, with lina's Tasklist login.
    JsonNode form = json(http.webAppGet("lina", "tasklist",
        "/camunda/api/engine/engine/default/process-definition/" + definitionId + "/deployed-start-form"));

    JsonNode owner = ownerField(form);
    assertThat(owner.path("type").asText()).isEqualTo("select");
    assertThat(owner.has("valuesKey")).isFalse();
    assertThat(labels(owner)).contains("Li Na (lina)", "Wang Wei (wangwei)", "Zhou Jing (zhoujing)");
    assertThat(values(owner)).contains("lina", "sunhao").doesNotContain("photo-agency", "erp-integration", "admin");
  }

  @Test
  void aRestCallerReadingTheStartFormByKeySeesTheSameChoices() {
    JsonNode owner = ownerField(json(http.get(REST + "/process-definition/key/store-opening/deployed-start-form", "wangwei")));

    assertThat(values(owner)).contains("lina", "wangwei").doesNotContain("photo-agency");
  }

  @Test
  void aChosenOwnerStartsTheProjectAndAnyoneElseIsStillRefusedWithTheChoices() {
    String variables = "{\"variables\": {\"platform\": {\"value\": \"amazon\"}, \"site\": {\"value\": \"DE\"},"
        + " \"companyName\": {\"value\": \"Shenzhen Example Trading Co., Ltd.\"}, \"storeName\": {\"value\": \"Owner choice\"},"
        + " \"riskLevel\": {\"value\": \"normal\"}, \"projectOwner\": {\"value\": \"%s\"}}}";

    assertThat(http.postJson(REST + "/process-definition/key/store-opening/submit-form", "lina",
        variables.formatted("wangwei")).statusCode()).isEqualTo(200);
    var refused = http.postJson(REST + "/process-definition/key/store-opening/submit-form", "lina",
        variables.formatted("nobody"));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("项目负责人“nobody”不是本团队成员").contains("lina（Li Na）");
  }

  private static JsonNode ownerField(JsonNode form) {
    for (JsonNode component : form.path("components")) {
      if ("projectOwner".equals(component.path("key").asText())) {
        return component;
      }
    }
    throw new AssertionError("no projectOwner field in " + form);
  }

  private static List<String> labels(JsonNode field) {
    List<String> labels = new ArrayList<>();
    field.path("values").forEach(option -> labels.add(option.path("label").asText()));
    return labels;
  }

  private static List<String> values(JsonNode field) {
    List<String> values = new ArrayList<>();
    field.path("values").forEach(option -> values.add(option.path("value").asText()));
    return values;
  }
}
