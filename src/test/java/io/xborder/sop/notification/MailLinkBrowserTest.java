package io.xborder.sop.notification;

import static io.xborder.sop.kickoff.ProjectKickoff.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.xborder.sop.PlatformTest;
import io.xborder.sop.browser.BrowserSession;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The link in a mail opens that very task in Tasklist, with its form, once the recipient has logged in. */
@PlatformTest
class MailLinkBrowserTest {

  @RegisterExtension
  final BrowserSession browser = new BrowserSession();

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  final Inbox inbox = new Inbox();

  @AfterEach
  void smtpDown() {
    inbox.close();
  }

  @Test
  void theLinkInTheMailOpensTheTaskWithItsForm() {
    inbox.open();
    String projectName = "Walmart US launch " + UUID.randomUUID().toString().substring(0, 8);
    MailJobs jobs = MailJobs.since(engine.getManagementService());
    engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, "KO-LINK-" + UUID.randomUUID(),
        withVariables(PROJECT_NAME, projectName, PLATFORM, "walmart", SITE, "US", GOAL, "Open the US store"));
    jobs.runAll();
    String link = inbox.to(NotificationMailTest.LINA).get(0).text().lines()
        .filter(line -> line.contains("/camunda/app/tasklist/")).findFirst().orElseThrow().replaceAll("^.*(http\\S+).*$", "$1");
    // The mail states the configured address (xborder.notifications.base-url); this test's platform listens elsewhere.
    String here = link.replace("http://localhost:8080", "http://localhost:" + port);

    // Lina reads her mail before she has logged in: Tasklist asks her to, then shows the task of the link.
    browser.openLoginPage("http://localhost:" + port, "tasklist");
    browser.driver().get("about:blank");
    browser.driver().get(here);
    browser.logInOnTheShownPage("lina", "demo");

    assertThat(browser.visible(By.cssSelector("input[id$='-Field_ProjectName']")).getAttribute("value"))
        .isEqualTo(projectName);
    assertThat(browser.visible(By.cssSelector(".task-details h2, .task-details .names")).getText())
        .contains("确认项目范围");
  }
}
