package io.xborder.sop.reporting;

import static io.xborder.sop.PlatformHttp.REST;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import io.xborder.sop.TestDatabase;
import io.xborder.sop.kickoff.ProjectKickoff;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A kickoff worked through REST by lina and sunhao, with a sign-off rejection reason recorded the
 * way the sign-off capability writes it; a manager downloads its audit trail.
 */
@PlatformTest
@Tag(TestDatabase.POSTGRESQL_TAG)
class AuditExportTest {

  static final String REJECTION = "firstSignOff" + ReportVariables.REJECTION_REASON_SUFFIX;

  @Autowired
  RuntimeService runtime;

  @Autowired
  PlatformHttp http;
  String businessKey;
  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void workAKickoffThroughRest() throws Exception {
    businessKey = "AUDIT-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> started = http.postJson(REST + "/process-definition/key/" + ProjectKickoff.PROCESS_KEY + "/start", "lina",
        "{\"businessKey\": \"" + businessKey + "\", \"variables\": {\"projectName\": {\"value\": \"Shopee MY, store 2\"},"
            + " \"platform\": {\"value\": \"shopee\"}, \"site\": {\"value\": \"MY\"}, \"goal\": {\"value\": \"Second store\"}}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String processInstanceId = json.readTree(started.body()).get("id").asText();

    work("lina", "{\"scopeSummary\": {\"value\": \"Open the store, 20 listings\"}, \"firstMilestoneDate\": {\"value\": \"2026-12-15\"}}");
    runtime.setVariable(processInstanceId, REJECTION, "Licence scan unreadable, \"page 2\" missing");
    work("sunhao", "{\"supervisorNote\": {\"value\": \"Go\"}}");
  }

  void work(String user, String variables) throws Exception {
    JsonNode tasks = json.readTree(http.get(REST + "/task?processInstanceBusinessKey=" + businessKey, user).body());
    String taskId = tasks.get(0).get("id").asText();
    assertThat(http.postJson(REST + "/task/" + taskId + "/claim", user, "{\"userId\": \"" + user + "\"}").statusCode()).isEqualTo(204);
    assertThat(http.postJson(REST + "/task/" + taskId + "/complete", user, "{\"variables\": " + variables + "}").statusCode())
        .isEqualTo(204);
  }

  @Test
  void theCsvListsEveryStepWithUserAndTimeAndTheRejectionReason() throws Exception {
    HttpResponse<String> response = http.get("/reports/audit/" + businessKey + ".csv?zone=Asia/Shanghai", "zhoujing");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
    assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
        disposition -> assertThat(disposition).contains("audit-" + businessKey + ".csv"));
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(response.body())).getRecords();

    assertThat(rows).filteredOn(row -> row.get("event").equals("task completed"))
        .extracting(row -> row.get("step") + " by " + row.get("user"))
        .containsExactly(ProjectKickoff.TASK_CONFIRM_SCOPE + " by lina", ProjectKickoff.TASK_ACKNOWLEDGE + " by sunhao");
    assertThat(rows).filteredOn(row -> row.get("event").equals("task claimed"))
        .extracting(row -> row.get("user")).containsExactly("lina", "sunhao");
    assertThat(rows).extracting(row -> row.get("time")).allSatisfy(time -> assertThat(time).endsWith("+08:00"));
    assertThat(rows.get(0).get("event")).isEqualTo("project started");
    assertThat(rows.get(0).get("user")).isEqualTo("lina");
    assertThat(rows).filteredOn(row -> row.get("event").equals("sign-off rejected")).singleElement()
        .satisfies(row -> assertThat(row.get("detail")).isEqualTo(REJECTION + " = Licence scan unreadable, \"page 2\" missing"));
    assertThat(rows).filteredOn(row -> row.get("event").equals("variable set"))
        .extracting(row -> row.get("detail") + " by " + row.get("user"))
        .contains("scopeSummary = Open the store, 20 listings by lina", "supervisorNote = Go by sunhao");
  }

  @Test
  void theJsonTellsTheTemplateAndTheSameEntries() throws Exception {
    JsonNode trail = json.readTree(http.get("/reports/audit/" + businessKey + "?zone=UTC", "sunhao").body());

    assertThat(trail.get("template").asText()).isEqualTo(ProjectKickoff.PROCESS_KEY);
    assertThat(trail.get("entries").get(0).get("time").asText()).endsWith("Z");
    assertThat(trail.get("entries").findValuesAsText("event")).contains("task offered to candidate", "project ended");
  }
}
