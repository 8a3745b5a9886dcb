package io.xborder.sop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A manager in Shanghai opens Cockpit at 07:30, when the browser's UTC date is still yesterday, and finds
 * today's project health and overdue list on the dashboard, in Chinese: the plugin sends no date of the
 * browser's, the server counts the team's last 30 days and says which.
 */
@PlatformTest
class CockpitReportingBrowserTest {

  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @RegisterExtension
  final BrowserSession browser = new BrowserSession("zh-CN");

  @LocalServerPort
  int port;

  @Autowired
  PlatformHttp http;

  @Autowired
  JdbcTemplate jdbc;

  @Test
  @SuppressWarnings("unchecked")
  void atHalfPastSevenInShanghaiTheDashboardShowsTheTeamsNumbersOfToday() throws Exception {
    String businessKey = "COCKPIT-" + UUID.randomUUID().toString().substring(0, 8);
    String project = UUID.randomUUID().toString();
    Instant started = Instant.now().minusSeconds(60);
    jdbc.update("INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, ROOT_PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_)"
        + " VALUES (?, ?, ?, ?, 'cockpit-fixture', 'cockpit-fixture:1:seed', ?)", project, project, project, businessKey, Timestamp.from(started));
    // Due long ago, so it heads the overdue list (oldest first) whatever else the shared database holds.
    jdbc.update("INSERT INTO ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_INST_ID_, ROOT_PROC_INST_ID_, NAME_, ASSIGNEE_,"
        + " START_TIME_, DUE_DATE_) VALUES (?, 'Task_SubmitDocuments', 'cockpit-fixture', ?, ?, 'Submit documents · ' || ?, 'lina', ?, ?)",
        UUID.randomUUID().toString(), project, project, businessKey, Timestamp.from(started),
        Timestamp.from(Instant.parse("2001-01-01T00:00:00Z")));

    // The browser's clock and zone: 23:30 UTC the day before Shanghai's today, i.e. 07:30 in Shanghai.
    LocalDate today = LocalDate.now(SHANGHAI);
    Instant halfPastSeven = today.atTime(7, 30).atZone(SHANGHAI).toInstant();
    ChromeDriver chromium = (ChromeDriver) browser.driver();
    chromium.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", "UTC"));
    chromium.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", "(() => {"
        + " const RealDate = Date; const shift = " + halfPastSeven.toEpochMilli() + " - RealDate.now();"
        + " class ShiftedDate extends RealDate { constructor(...args) { super(...(args.length ? args : [RealDate.now() + shift])); }"
        + " static now() { return RealDate.now() + shift; } }"
        + " window.Date = ShiftedDate; })();"));

    String baseUrl = "http://localhost:" + port;
    browser.logIn(baseUrl, "cockpit", "zhoujing", "demo");
    String started30 = browser.visible(By.cssSelector("[data-xborder='projects-started']")).getText();
    String overdueNow = browser.visible(By.cssSelector("[data-xborder='overdue-now']")).getText();
    JavascriptExecutor page = chromium;
    assertThat((String) page.executeScript("return new Date().toISOString()"))
        .as("the browser believes it is yesterday evening in UTC").startsWith(today.minusDays(1) + "T23:3");
    assertThat((String) page.executeScript("return Intl.DateTimeFormat().resolvedOptions().timeZone")).isEqualTo("UTC");

    assertThat(browser.visible(By.cssSelector("[data-xborder='dashboard'] h3")).getText()).startsWith("项目健康度");
    assertThat(browser.visible(By.cssSelector("[data-xborder='period']")).getText())
        .isEqualTo(today.minusDays(29) + " 至 " + today + "（Asia/Shanghai）");
    JsonNode expected = PlatformHttp.json(http.get("/reports/health", "zhoujing")).get("overall");
    assertThat(started30).isEqualTo(expected.get("projectsStarted").asText());
    assertThat(Long.parseLong(started30)).isPositive();
    assertThat(overdueNow).isEqualTo(expected.get("tasksOverdueNow").asText());
    assertThat(browser.visible(By.cssSelector("[data-xborder='overdue-task']")).getText())
        .contains(businessKey).contains("Submit documents").contains("lina").contains("2001-01-01 08:00")
        .doesNotContain("· " + businessKey);

    browser.screenshot("cockpit-dashboard-0730-shanghai-zh");
    List<String> loaded = (List<String>) page.executeScript("return performance.getEntriesByType('resource')"
        + ".filter(e => e.name.includes('/reports/') || e.name.includes('xborder-reporting')).map(e => e.name + ' ' + e.responseStatus)");
    assertThat(loaded).filteredOn(entry -> entry.contains("/reports/health")).isNotEmpty()
        .as("no date or zone of the browser's").allSatisfy(entry -> assertThat(entry).doesNotContain("from=", "to=", "zone="));
    for (String file : List.of("plugin.js", "plugin.css")) {
      assertThat(loaded).as("Cockpit loads the plugin's " + file).filteredOn(entry -> entry.contains("/app/" + file)).isNotEmpty()
          .allSatisfy(entry -> assertThat(entry).endsWith(" 200"));
    }
  }
}
