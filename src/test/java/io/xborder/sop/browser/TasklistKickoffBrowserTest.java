package io.xborder.sop.browser;

import static io.xborder.sop.kickoff.ProjectKickoff.FIRST_MILESTONE_DATE;
import static io.xborder.sop.kickoff.ProjectKickoff.PROJECT_NAME;
import static io.xborder.sop.kickoff.ProjectKickoff.SCOPE_SUMMARY;
import static io.xborder.sop.kickoff.ProjectKickoff.TASK_ACKNOWLEDGE;
import static io.xborder.sop.kickoff.ProjectKickoff.TASK_CONFIRM_SCOPE;
import static io.xborder.sop.browser.TasklistForms.choose;
import static io.xborder.sop.browser.TasklistForms.field;
import static io.xborder.sop.browser.TasklistForms.option;
import static io.xborder.sop.browser.TasklistForms.typeDate;
import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformTest;
import io.xborder.sop.kickoff.ProjectKickoff;
import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a new operations colleague does on day one: start a project in Tasklist and do its first task. */
@PlatformTest
class TasklistKickoffBrowserTest {

  @RegisterExtension
  final BrowserSession browser = new BrowserSession();

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Test
  void operationsStartsAKickoffFromItsFormAndConfirmsTheScope() {
    String projectName = "Shopee SG launch " + UUID.randomUUID().toString().substring(0, 8);
    String baseUrl = "http://localhost:" + port;

    browser.logIn(baseUrl, "tasklist", "lina", "demo");
    browser.click(By.xpath("//a[contains(., 'Start process')]"));
    browser.click(By.xpath("//a[contains(., '项目启动')]"));
    browser.type(field("Field_ProjectName"), projectName);
    choose(browser, "Field_Platform", "Shopee 虾皮");
    // The site is a searchable list of the marketplaces' sites: type to narrow it, then pick one.
    browser.type(field("Field_Site"), "SG");
    browser.click(option("新加坡 (SG)"));
    browser.type(field("Field_Goal"), "Open the Singapore store before 11.11");
    browser.click(By.cssSelector("button[ng-click='startProcessInstance()']"));

    Task confirmScope = awaitTask(projectName, TASK_CONFIRM_SCOPE);
    browser.click(By.xpath("//a[contains(., 'My group tasks')]"));
    browser.click(By.xpath("//li[contains(@class, 'task')]//a[contains(., '确认项目范围')]"));
    browser.driver().get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + confirmScope.getId());

    assertThat(browser.visible(field("Field_ProjectName")).getAttribute("value")).isEqualTo(projectName);
    browser.click(By.cssSelector("button[ng-click='claim()']"));
    // Once claimed the task leaves "组内待认领 My group tasks"; it is now among the colleague's own tasks.
    browser.click(By.xpath("//a[contains(., 'My tasks')]"));
    browser.driver().get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + confirmScope.getId());
    browser.type(field("Field_ScopeSummary"), "In: store registration and the first 20 listings. Out: ads.");
    typeDate(browser, "Field_FirstMilestone", LocalDate.of(2026, 12, 15));
    browser.click(By.cssSelector("button[ng-click='complete()']"));

    Task acknowledge = awaitTask(projectName, TASK_ACKNOWLEDGE);
    assertThat(engine.getTaskService().getVariable(acknowledge.getId(), SCOPE_SUMMARY))
        .isEqualTo("In: store registration and the first 20 listings. Out: ads.");
    assertThat(engine.getTaskService().getVariable(acknowledge.getId(), FIRST_MILESTONE_DATE))
        .isEqualTo("2026-12-15");
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery()
        .taskId(confirmScope.getId()).singleResult().getAssignee()).isEqualTo("lina");
  }

  /** The browser works asynchronously; the engine is the witness of what it did. */
  private Task awaitTask(String projectName, String taskKey) {
    return Awaiting.value("'" + taskKey + "' task for project '" + projectName + "'", () -> {
      ProcessInstance project = engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(ProjectKickoff.PROCESS_KEY)
          .variableValueEquals(PROJECT_NAME, projectName)
          .singleResult();
      return project == null ? null : engine.getTaskService().createTaskQuery()
          .processInstanceId(project.getId()).taskDefinitionKey(taskKey).singleResult();
    });
  }
}
