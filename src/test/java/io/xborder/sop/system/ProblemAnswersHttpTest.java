package io.xborder.sop.system;

import static io.xborder.sop.PlatformHttp.REST;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A script or page that calls the product's endpoints reads every refusal the same way: an RFC 9457
 * problem with the status and the reason in {@code detail}. Camunda's REST API keeps its own answers,
 * which Modeler and Camunda's web apps read.
 */
@PlatformTest
class ProblemAnswersHttpTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired PlatformHttp http;

  @Test
  void aBadReportPeriodIsAProblemWithTheReason() throws IOException {
    HttpResponse<String> refused = http.get("/reports/health?from=yesterday&to=2024-04-01", "zhoujing");

    JsonNode problem = problem(refused, 400);
    assertThat(problem.path("title").asText()).isEqualTo("Bad Request");
    assertThat(problem.path("detail").asText()).isEqualTo("from 'yesterday' is not a date like 2026-03-01");
    assertThat(problem.path("instance").asText()).isEqualTo("/reports/health");
  }

  @Test
  void aRefusedReaderAnUnknownProjectAndABadSettingAreProblemsToo() throws IOException {
    assertThat(problem(http.get("/reports/board/projects", "lina"), 403).path("detail").asText())
        .isEqualTo("Project reports are for supervisors and managers");
    assertThat(problem(http.get("/reports/audit/NO-SUCH-PROJECT", "zhoujing"), 404).path("detail").asText())
        .isEqualTo("No project with business key 'NO-SUCH-PROJECT'");
    assertThat(problem(http.putJson("/notifications/settings", "liuyang", "{\"language\":\"fr\"}"), 400)
        .path("detail").asText()).isEqualTo("language must be one of [zh, en], not 'fr'");
    assertThat(problem(http.putJson("/notifications/settings", "liuyang", "not json"), 400).path("detail").asText())
        .isEqualTo("The body must be a JSON object");
  }

  @Test
  void withoutALoginTheProductAsksForBasicAndSaysWhy() throws IOException {
    HttpResponse<String> refused = http.get("/notifications/settings", null);

    assertThat(problem(refused, 401).path("detail").asText()).isEqualTo("Log in with your Camunda user");
    assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(c -> assertThat(c).startsWith("Basic"));
  }

  @Test
  void camundasRestApiKeepsItsOwnErrorAnswer() throws IOException {
    HttpResponse<String> refused = http.get(REST + "/process-definition/key/no-such-template", "admin");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(404);
    assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    JsonNode answer = JSON.readTree(refused.body());
    assertThat(answer.has("type")).isTrue();
    assertThat(answer.path("message").asText()).contains("no-such-template");
    assertThat(answer.has("detail")).isFalse();
  }

  private static JsonNode problem(HttpResponse<String> refused, int status) throws IOException {
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(status);
    assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = JSON.readTree(refused.body());
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    return problem;
  }
}
