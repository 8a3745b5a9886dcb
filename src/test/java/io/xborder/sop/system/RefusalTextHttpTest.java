package io.xborder.sop.system;

import static io.xborder.sop.PlatformHttp.REST;
import static io.xborder.sop.PlatformHttp.errorMessage;
import static io.xborder.sop.PlatformHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A refused start or task submission says what is wrong first, without the engine's English prefix and ids. */
@PlatformTest
class RefusalTextHttpTest {

  private static final String WITHOUT_STORE_NAME = "{\"variables\": {\"platform\": {\"value\": \"amazon\"},"
      + " \"site\": {\"value\": \"DE\"}, \"companyName\": {\"value\": \"Shenzhen Example Trading Co., Ltd.\"},"
      + " \"riskLevel\": {\"value\": \"normal\"}, \"projectOwner\": {\"value\": \"lina\"}}}";

  @Autowired PlatformHttp http;
  @Autowired ProcessEngine engine;

  @Test
  void aStartFromTasklistWithoutARequiredFieldSaysSoInTheFormsWordsFirst() {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("store-opening").latestVersion().singleResult().getId();
    PlatformHttp.WebAppSession tasklist = http.webAppSession("lina", "tasklist");

    HttpResponse<String> refused = http.webAppPostJson(tasklist,
        "/camunda/api/engine/engine/default/process-definition/" + definitionId + "/submit-form", WITHOUT_STORE_NAME);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(errorMessage(refused)).startsWith("表单填写有误，未保存")
        .contains("「店铺名称」为必填项").doesNotContain("Cannot instantiate").doesNotContain(definitionId);
  }

  @Test
  void aStartByKeyWithAnUnknownOwnerStartsWithThePersonReadableRefusal() {
    HttpResponse<String> refused = http.postJson(REST + "/process-definition/key/store-opening/submit-form", "lina",
        WITHOUT_STORE_NAME.replace("\"normal\"}", "\"normal\"}, \"storeName\": {\"value\": \"Nobody's\"}")
            .replace("\"lina\"", "\"nobody\""));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(errorMessage(refused)).startsWith("项目负责人“nobody”不是本团队成员")
        .doesNotContain("Cannot instantiate").doesNotContain("store-opening:");
  }

  @Test
  void aTaskSubmissionMissingARequiredFieldStartsWithTheFormsWords() {
    HttpResponse<String> started = http.postJson(REST + "/process-definition/key/store-opening/submit-form", "lina",
        WITHOUT_STORE_NAME.replace("\"normal\"}", "\"normal\"}, \"storeName\": {\"value\": \"Refusal Text\"}"));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(json(started).get("id").asText())
        .singleResult().getId();

    HttpResponse<String> refused = http.postJson(REST + "/task/" + taskId + "/submit-form", "lina", "{\"variables\": {}}");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(errorMessage(refused)).startsWith("表单填写有误，未保存").doesNotContain(taskId);
  }
}
