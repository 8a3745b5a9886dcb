package io.xborder.sop.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A manager opens a template's process definition in Cockpit and finds the plugin's "SLA by step"
 * tab: each step's completions in the last 30 days, on time and late, median and p90 against the
 * planned SLA.
 */
@PlatformTest
class CockpitSlaTabBrowserTest {

  static final Duration HOUR = Duration.ofHours(1);

  @RegisterExtension
  final BrowserSession browser = new BrowserSession();

  @LocalServerPort
  int port;

  @Autowired
  RepositoryService repository;

  @Autowired
  JdbcTemplate jdbc;

  String deployment;

  @AfterEach
  void removeTheFixtureTemplate() {
    if (deployment != null) {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  void aProcessDefinitionShowsItsStepsAgainstTheirSla() {
    String key = "sla-tab-fixture-" + UUID.randomUUID().toString().substring(0, 8);
    BpmnModelInstance model = Bpmn.createExecutableProcess(key).name("时效页签测试").camundaHistoryTimeToLive(1095)
        .startEvent().camundaFormField().camundaId("listingTitle").camundaLabel("Listing 标题").camundaType("string").camundaFormFieldDone()
        .userTask("Task_PrepareListing").name("准备 Listing").camundaCandidateGroups("operations")
        .camundaFormField().camundaId("listingReady").camundaLabel("已准备").camundaType("boolean").camundaFormFieldDone()
        .endEvent().done();
    deployment = repository.createDeployment().addModelInstance(key + ".bpmn", model).deploy().getId();
    ProcessDefinition definition = repository.createProcessDefinitionQuery().deploymentId(deployment).singleResult();
    // Three completions five days ago, each due a day after it started: two after 10 hours, one after 30.
    Instant start = Instant.now().minus(Duration.ofDays(5));
    for (long hours : new long[] {10, 10, 30}) {
      jdbc.update("INSERT INTO ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, PROC_INST_ID_, NAME_, ASSIGNEE_,"
              + " START_TIME_, END_TIME_, DURATION_, DELETE_REASON_, DUE_DATE_) VALUES (?, 'Task_PrepareListing', ?, ?, ?, '准备 Listing',"
              + " 'lina', ?, ?, ?, 'completed', ?)",
          UUID.randomUUID().toString(), key, definition.getId(), UUID.randomUUID().toString(), Timestamp.from(start),
          Timestamp.from(start.plus(HOUR.multipliedBy(hours))), HOUR.multipliedBy(hours).toMillis(),
          Timestamp.from(start.plus(Duration.ofDays(1))));
    }

    String baseUrl = "http://localhost:" + port;
    browser.logIn(baseUrl, "cockpit", "zhoujing", "demo");
    browser.visible(By.cssSelector("[data-xborder='projects-started']"));
    browser.driver().get(baseUrl + "/camunda/app/cockpit/default/#/process-definition/" + definition.getId()
        + "/runtime?detailsTab=xborder-reporting-sla-tab");

    WebElement step = browser.visible(By.cssSelector("[data-xborder='sla-step']"));
    assertThat(step.findElements(By.tagName("td"))).extracting(WebElement::getText)
        .containsExactly("准备 Listing", "3", "2", "1", "10.0 h", "30.0 h", "24.0 h");
    assertThat(browser.driver().findElements(By.cssSelector("[data-xborder='sla-step']"))).hasSize(1);
  }
}
