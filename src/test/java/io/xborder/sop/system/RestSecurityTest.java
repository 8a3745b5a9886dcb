package io.xborder.sop.system;

import static io.xborder.sop.PlatformHttp.REST;
import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

@PlatformTest
class RestSecurityTest {

  @Autowired
  PlatformHttp http;


  @ParameterizedTest
  @ValueSource(strings = {"/process-definition", "/task", "/engine", "/deployment", "/user", "/history/process-instance"})
  void everyRestCallWithoutCredentialsIsRefusedWithABasicChallenge(String path) {
    HttpResponse<String> response = http.get(REST + path, null);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        challenge -> assertThat(challenge).startsWith("Basic"));
  }

  @Test
  void aWrongPasswordIsRefused() {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(java.net.URI.create(http.url(REST + "/process-definition")))
        .header("Authorization", PlatformHttp.basic("analyst", "not-the-password")));

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void anAnalystWithTheRightPasswordIsServed() {
    HttpResponse<String> response = http.get(REST + "/process-definition?key=project-kickoff", "analyst");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"key\":\"project-kickoff\"");
  }

  @Test
  void operationsMayNotDeploy() {
    HttpResponse<String> response = http.deployAsModeler("lina", "lina-tries",
        Map.of("note.form", "{\"id\": \"lina-note\", \"components\": []}".getBytes(StandardCharsets.UTF_8)));

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("AuthorizationException").contains("CREATE").contains("Deployment");
  }

  @Test
  void onlyTheHealthEndpointIsOpen() {
    HttpResponse<String> health = http.get("/actuator/health", null);
    assertThat(health.statusCode()).isEqualTo(200);
    // Each part's status by name (the database, the engine; the job executor where it runs), none of their details.
    assertThat(health.body()).startsWith("{\"status\":\"UP\"").contains("\"db\":{\"status\":\"UP\"}")
        .contains("\"processEngine\":{\"status\":\"UP\"}").doesNotContain("details");

    // Spring Boot's tests export no metrics; ClusterTest reads them as an administrator from the real platform.
    assertThat(http.get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
    assertThat(http.get("/actuator/prometheus", "lina").statusCode()).isEqualTo(403);
    assertThat(http.get("/actuator/env", null).statusCode()).isEqualTo(404);
    assertThat(http.get("/actuator/beans", null).statusCode()).isEqualTo(404);
    assertThat(http.get("/camunda/api/engine/engine/default/process-definition", null).statusCode()).isEqualTo(401);
  }

  @Test
  void theBareAddressLeadsToTasklist() {
    HttpResponse<String> response = http.get("/", null);

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith("/camunda/app/tasklist/"));
  }
}
