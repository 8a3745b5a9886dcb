package io.xborder.sop.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import io.xborder.sop.TestDatabase;
import io.xborder.sop.projects.ProjectVariables;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a manager reads on the board and in the reports about one store opening that went through its KYC
 * and sign-off, and about a batch of stores: one card per store, never one per called process, with the
 * team's day and offset.
 */
@PlatformTest
@Tag(TestDatabase.POSTGRESQL_TAG)
class ProjectBoardTest {

  static final Duration HOUR = Duration.ofHours(1);
  static final Duration DAY = Duration.ofDays(1);
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  PlatformHttp http;

  HistorySeed stores;
  String store;
  String batch;
  Instant kycDue;

  @BeforeEach
  void seedAStoreWithItsKycAndABatch() {
    stores = new HistorySeed(jdbc, "board-store");
    HistorySeed kycTemplate = new HistorySeed(jdbc, "board-kyc");
    HistorySeed signOffTemplate = new HistorySeed(jdbc, "board-signoff");
    String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    store = "BD-" + suffix;
    batch = "BDB-" + suffix;
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String project = stores.project(store, now.minus(DAY.multipliedBy(3)), null);
    stores.text(project, ProjectVariables.PROJECT_SUBJECT, "Acme 德国站");
    stores.text(project, ProjectVariables.PROJECT_OWNER, "lina");
    stores.text(project, "platform", "amazon");
    stores.text(project, "site", "DE");
    stores.task(project, "Task_Prepare", "准备公司资料 · " + store, "lina", now.minus(DAY.multipliedBy(3)),
        now.minus(DAY.multipliedBy(2)), now.minus(DAY));
    String kyc = stores.called(project, kycTemplate.template, store, now.minus(DAY.multipliedBy(2)), null);
    String signOff = stores.called(kyc, signOffTemplate.template, store, now.minus(DAY.multipliedBy(2)), now.minus(DAY));
    stores.task(signOff, "Task_FirstSignOff", "一级审批 · " + store, "sunhao", now.minus(DAY.multipliedBy(2)), now.minus(DAY), null);
    kycDue = now.minus(HOUR.multipliedBy(5));
    stores.task(kyc, "Task_CollectKyc", "补充 KYC 资料 · " + store, "lina", now.minus(DAY), null, kycDue);

    String batchInstance = stores.project("store-opening-batch", batch, now.minus(DAY), null);
    for (int i = 1; i <= 2; i++) {
      String child = stores.called(batchInstance, stores.template, batch + "-" + i, now.minus(DAY), null);
      stores.task(child, "Task_Prepare", "准备公司资料 · " + batch + "-" + i, "wangwei", now.minus(DAY), null, now.plus(DAY));
    }
  }

  @Test
  void aStoreIsOneCardWithItsNameOwnerStepProgressAndOverdueDueDate() {
    JsonNode board = ok(http.get("/reports/board/projects?template=" + stores.template, "zhoujing"));

    assertThat(board.get("zone").asText()).isEqualTo("Asia/Shanghai");
    assertThat(board.get("now").asText()).endsWith("+08:00");
    assertThat(board.get("cards").findValuesAsText("businessKey"))
        .as("one card per store: none for the KYC, the sign-off or the batch itself")
        .containsExactlyInAnyOrder(store, batch + "-1", batch + "-2");
    JsonNode card = card(board, store);
    assertThat(card.get("subject").asText()).isEqualTo("Acme 德国站");
    assertThat(card.get("owner").asText()).isEqualTo("lina");
    assertThat(card.get("ownerName").asText()).isEqualTo("Li Na");
    assertThat(card.get("platformLabel").asText()).as("the platform as the forms label it").isEqualTo("亚马逊 Amazon");
    assertThat(card.get("siteLabel").asText()).isEqualTo("德国 (DE)");
    assertThat(card.get("stage").asText()).isEqualTo("STEP");
    assertThat(card.get("currentStep").asText()).as("the KYC's open step, without the code").isEqualTo("补充 KYC 资料");
    assertThat(card.get("stepsDone").asInt()).isEqualTo(2);
    assertThat(card.get("stepsPlanned").asInt()).isEqualTo(3);
    assertThat(OffsetDateTime.parse(card.get("due").asText()).toInstant()).isEqualTo(kycDue);
    assertThat(card.get("due").asText()).endsWith("+08:00");
    assertThat(card.get("overdue").asBoolean()).isTrue();
    assertThat(card.get("steps").findValuesAsText("step")).containsExactly("Task_Prepare", "Task_FirstSignOff", "Task_CollectKyc");
    assertThat(card.get("steps").findValuesAsText("late")).containsExactly("false", "false", "true");
    assertThat(card(board, batch + "-1").get("overdue").asBoolean()).isFalse();
  }

  @Test
  void theProjectsTimelineAndAuditHoldItsCalledProcessesInTheTeamsZone() {
    JsonNode timeline = ok(http.get("/reports/board/projects/" + store + "/timeline", "sunhao"));
    assertThat(timeline.findValuesAsText("name")).containsExactly("准备公司资料", "一级审批", "补充 KYC 资料");

    JsonNode trail = ok(http.get("/reports/audit/" + store, "zhoujing"));
    assertThat(trail.get("template").asText()).as("the project's template, not its KYC's").isEqualTo(stores.template);
    List<String> times = new ArrayList<>(trail.get("entries").findValuesAsText("time"));
    trail.get("entries").findValuesAsText("detail").stream().filter(detail -> detail.startsWith("due ")).forEach(times::add);
    assertThat(times).hasSizeGreaterThan(5).allSatisfy(time -> assertThat(time).endsWith("+08:00"));
    assertThat(trail.get("entries").findValuesAsText("stepName")).contains("补充 KYC 资料 · " + store);
  }

  @Test
  void reportsWithoutAPeriodCountTheLastThirtyDaysOfTheTeamsDay() {
    JsonNode health = ok(http.get("/reports/health?template=" + stores.template, "zhoujing"));

    LocalDate today = LocalDate.now(SHANGHAI);
    assertThat(health.get("period").get("to").asText()).isEqualTo(today.toString());
    assertThat(health.get("period").get("from").asText()).isEqualTo(today.minusDays(29).toString());
    assertThat(health.get("period").get("zone").asText()).isEqualTo("Asia/Shanghai");
    assertThat(health.get("overall").get("projectsStarted").asLong()).as("the store and the batch's two stores").isEqualTo(3);
    assertThat(health.get("overall").get("tasksOverdueNow").asLong()).isEqualTo(1);
    assertThat(health.get("overdue").get(0).get("due").asText()).endsWith("+08:00");
    assertThat(ok(http.get("/reports/people?template=" + stores.template, "zhoujing")).get("users").findValuesAsText("id"))
        .contains("lina", "sunhao");
  }

  private static JsonNode card(JsonNode board, String businessKey) {
    for (JsonNode card : board.get("cards")) {
      if (card.get("businessKey").asText().equals(businessKey)) {
        return card;
      }
    }
    throw new AssertionError("no card " + businessKey + " in " + board);
  }

  private static JsonNode ok(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return PlatformHttp.json(response);
  }
}
