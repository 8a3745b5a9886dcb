package io.xborder.sop.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import io.xborder.sop.TestDatabase;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each role sees exactly its scope of the reports, through real HTTP with real logins. */
@PlatformTest
@Tag(TestDatabase.POSTGRESQL_TAG)
class ReportAccessTest {

  static final Instant APRIL = Instant.parse("2024-04-02T01:00:00Z");
  static final Duration HOUR = Duration.ofHours(1);

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  PlatformHttp http;
  HistorySeed seed;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void seedApril() {
    seed = new HistorySeed(jdbc, "access-fixture");
    String project = seed.project("AF-1", APRIL, null);
    Instant due = APRIL.plus(Duration.ofDays(2));
    String first = seed.task(project, "Task_Prepare", "lina", APRIL, APRIL.plus(HOUR.multipliedBy(3)), due);
    seed.offeredAndClaimed(first, "operations", APRIL, "lina", APRIL.plus(HOUR));
    String second = seed.task(project, "Task_Prepare", "lina", APRIL, APRIL.plus(HOUR.multipliedBy(7)), due);
    seed.offeredAndClaimed(second, "operations", APRIL, "lina", APRIL.plus(HOUR.multipliedBy(3)));
    for (String user : List.of("wangwei", "sunhao", "zhoujing")) {
      seed.task(project, "Task_Review", user, APRIL, APRIL.plus(HOUR), due);
    }
  }

  String people() {
    return "/reports/people?from=2024-04-01&to=2024-04-30&zone=Asia/Shanghai&template=" + seed.template;
  }

  List<String> ids(JsonNode rows) {
    List<String> ids = new ArrayList<>();
    rows.forEach(row -> ids.add(row.get("id").asText()));
    return ids;
  }

  JsonNode okJson(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  @Test
  void staffSeeTheirOwnRowWithTheirKnownFigures() throws Exception {
    JsonNode report = okJson(http.get(people(), "lina"));

    assertThat(ids(report.get("users"))).containsExactly("lina");
    assertThat(report.get("groups")).isEmpty();
    JsonNode lina = report.get("users").get(0);
    assertThat(lina.get("completed").asLong()).isEqualTo(2);
    assertThat(lina.get("onTimeRatePercent").asDouble()).isEqualTo(100.0);
    assertThat(lina.get("medianOfferToClaimMillis").asLong()).isEqualTo(HOUR.toMillis());
    assertThat(lina.get("medianClaimToCompletionMillis").asLong()).isEqualTo(HOUR.multipliedBy(2).toMillis());
  }

  @Test
  void aSupervisorSeesTheSupervisedGroupsAndTheirMembers() throws Exception {
    JsonNode report = okJson(http.get(people(), "sunhao"));

    assertThat(ids(report.get("users"))).containsExactly("lina", "sunhao", "wangwei");
    assertThat(ids(report.get("groups"))).containsExactly("operations");
  }

  @Test
  void aManagerSeesEveryone() throws Exception {
    JsonNode report = okJson(http.get(people(), "zhoujing"));

    assertThat(ids(report.get("users"))).containsExactly("lina", "sunhao", "wangwei", "zhoujing");
  }

  @ParameterizedTest
  @CsvSource({
      "photo-agency, /reports/people?from=2024-04-01&to=2024-04-30",
      "photo-agency, /reports/health?from=2024-04-01&to=2024-04-30",
      "photo-agency, /reports/audit/AF-1",
      "photo-agency, /reports/audit/AF-1.csv",
      "lina, /reports/health?from=2024-04-01&to=2024-04-30",
      "lina, /reports/audit/AF-1.csv",
      "photo-agency, /reports/board",
      "lina, /reports/board/projects",
      "lina, /reports/board/projects/AF-1/timeline"})
  void outsideTheirScopeReadersAreRefused(String user, String path) {
    assertThat(http.get(path, user).statusCode()).isEqualTo(403);
  }

  @Test
  void withoutALoginNothingIsServed() {
    HttpResponse<String> response = http.get("/reports/health?from=2024-04-01&to=2024-04-30", null);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(c -> assertThat(c).startsWith("Basic"));
    assertThat(http.send(HttpRequest.newBuilder(URI.create(http.url("/reports/people?from=2024-04-01&to=2024-04-30")))
        .header("Authorization", PlatformHttp.basic("intruder", "demo"))).statusCode()).isEqualTo(401);
  }

  @Test
  void aManagerLoggedIntoCockpitReadsTheReportWithoutASecondLogin() throws Exception {
    PlatformHttp.WebAppSession cockpit = http.webAppSession("zhoujing", "cockpit");
    assertThat(cockpit.loginStatus()).isEqualTo(200);

    HttpResponse<String> response = cockpit.client().send(HttpRequest.newBuilder(URI.create(http.url(
        "/reports/health?from=2024-04-01&to=2024-04-30&template=" + seed.template))).GET().build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(okJson(response).get("overall").get("tasksCompleted").asLong()).isEqualTo(5);
  }

  @Test
  void aWebAppSessionIsJudgedByTheSameRulesAsABasicLogin() throws Exception {
    JsonNode linasView = okJson(http.webAppGet("lina", "tasklist", people()));

    assertThat(ids(linasView.get("users"))).containsExactly("lina");
    assertThat(http.webAppGet("photo-agency", "tasklist", "/reports/board").statusCode()).isEqualTo(403);
    assertThat(http.webAppGet("lina", "tasklist", "/reports/audit/AF-1").statusCode()).isEqualTo(403);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "from=2024-04-30&to=2024-04-01|is before from",
      "from=yesterday&to=2024-04-01|is not a date",
      "to=2024-04-01|from and to are required",
      "from=2024-04-01&to=2024-04-30&zone=Mars/Olympus|is not a time zone",
      "from=2020-01-01&to=2026-01-01|at most",
      "from=2024-04-01&to=2024-04-30&template=no-such-template|no template with key"})
  void badParametersAreRefusedWithTheReason(String query, String reason) {
    HttpResponse<String> response = http.get("/reports/health?" + query, "zhoujing");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains(reason);
  }

  @Test
  void anUnknownProjectIsNotFound() {
    HttpResponse<String> response = http.get("/reports/audit/NO-SUCH-PROJECT", "zhoujing");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("NO-SUCH-PROJECT");
  }
}
