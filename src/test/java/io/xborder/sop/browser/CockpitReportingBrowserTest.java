package io.xborder.sop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A manager opens Cockpit and finds project health and the overdue list on the dashboard. */
@PlatformTest
class CockpitReportingBrowserTest {

  @RegisterExtension
  final BrowserSession browser = new BrowserSession();

  @LocalServerPort
  int port;

  @Autowired
  PlatformHttp http;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  void theDashboardShowsTheReportsNumbersForAManager() throws Exception {
    String businessKey = "COCKPIT-" + UUID.randomUUID().toString().substring(0, 8);
    String project = UUID.randomUUID().toString();
    Instant started = Instant.now().minusSeconds(3600);
    jdbc.update("INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_)"
        + " VALUES (?, ?, ?, 'cockpit-fixture', 'cockpit-fixture:1:seed', ?)", project, project, businessKey, Timestamp.from(started));
    // Due long ago, so it heads the overdue list (oldest first) whatever else the shared database holds.
    jdbc.update("INSERT INTO ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_INST_ID_, NAME_, ASSIGNEE_, START_TIME_, DUE_DATE_)"
        + " VALUES (?, 'Task_SubmitDocuments', 'cockpit-fixture', ?, 'Submit documents', 'lina', ?, ?)",
        UUID.randomUUID().toString(), project, Timestamp.from(started), Timestamp.from(Instant.parse("2001-01-01T00:00:00Z")));

    String baseUrl = "http://localhost:" + port;
    browser.logIn(baseUrl, "cockpit", "zhoujing", "demo");
    String started30 = browser.visible(By.cssSelector("[data-xborder='projects-started']")).getText();
    String overdueNow = browser.visible(By.cssSelector("[data-xborder='overdue-now']")).getText();

    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    JsonNode expected = new ObjectMapper().readTree(http.get("/reports/health?from=" + today.minusDays(29)
        + "&to=" + today + "&zone=" + ZoneId.systemDefault().getId(), "zhoujing").body()).get("overall");
    assertThat(started30).isEqualTo(expected.get("projectsStarted").asText());
    assertThat(Long.parseLong(started30)).isPositive();
    assertThat(overdueNow).isEqualTo(expected.get("tasksOverdueNow").asText());
    assertThat(browser.visible(By.cssSelector("[data-xborder='overdue-task']")).getText())
        .contains(businessKey).contains("Submit documents").contains("lina");
  }
}
