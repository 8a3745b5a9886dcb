package io.xborder.sop.notification;

import static io.xborder.sop.kickoff.ProjectKickoff.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.xborder.sop.PlatformTest;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The SMTP server is down: work goes on, mails wait in the engine, arrive once when it is back, or become incidents. */
@PlatformTest
class SmtpOutageTest {

  @Autowired ProcessEngine engine;
  @Autowired NotificationSettings settings;

  final Inbox inbox = new Inbox();

  @AfterEach
  void smtpDown() {
    inbox.close();
  }

  @Test
  void workGoesOnWhileSmtpIsDownAndEveryMailArrivesExactlyOnceWhenItIsBack() {
    MailJobs jobs = MailJobs.since(engine.getManagementService());
    ProcessInstance project = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, "KO-OUTAGE-" + UUID.randomUUID(),
        withVariables(PROJECT_NAME, "Shopee SG launch", PLATFORM, "shopee", SITE, "SG", GOAL, "Open the SG store"));
    String task = engine.getTaskService().createTaskQuery().processInstanceId(project.getId()).singleResult().getId();
    engine.getTaskService().complete(task, withVariables(SCOPE_SUMMARY, "20 listings", FIRST_MILESTONE_DATE, "2026-12-01"));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(project.getId()).singleResult()
        .getTaskDefinitionKey()).as("the work was saved although no mail could go").isEqualTo(TASK_ACKNOWLEDGE);

    jobs.runAll();
    List<JobEntity> waiting = jobs.written();
    assertThat(waiting).hasSize(3); // operations: lina, wangwei; supervisors: sunhao
    long now = ClockUtil.getCurrentTime().getTime();
    for (JobEntity job : waiting) {
      assertThat(job.getRetries()).isEqualTo(settings.attempts() - 1);
      assertThat(job.getExceptionMessage()).isNotBlank();
      assertThat(job.getDuedate().getTime() - now).as("first back-off: one minute")
          .isBetween(settings.retryIntervals().get(0).toMillis() - 5_000, settings.retryIntervals().get(0).toMillis());
    }

    inbox.open();
    jobs.runAll();
    jobs.runAll();

    assertThat(inbox.received()).extracting(Inbox.Received::notificationId)
        .containsExactlyInAnyOrderElementsOf(waiting.stream().map(Job::getId).toList());
    assertThat(jobs.written()).as("sent mails leave no job behind").isEmpty();
  }

  @Test
  void aMailStillUnsentAfterTheLastRetryIsAnIncidentThatAnOperatorRetries() {
    MailJobs jobs = MailJobs.since(engine.getManagementService());
    engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, "KO-INCIDENT-" + UUID.randomUUID(),
        withVariables(PROJECT_NAME, "Lazada TH launch", PLATFORM, "lazada", SITE, "TH", GOAL, "Open the TH store"));
    String jobId = jobs.written().get(0).getId();
    ManagementService management = engine.getManagementService();

    for (int attempt = 1; attempt <= settings.attempts(); attempt++) {
      assertThat(incidents(jobId)).as("no incident before attempt %d", attempt).isEmpty();
      try {
        management.executeJob(jobId);
      } catch (RuntimeException smtpDown) {
        // as the job executor sees it
      }
    }
    assertThat(management.createJobQuery().jobId(jobId).singleResult().getRetries()).isZero();
    assertThat(incidents(jobId)).singleElement().extracting(Incident::getIncidentType).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(jobLog(jobId)).as("the job log keeps every failed attempt with its reason, and only those")
        .hasSize(settings.attempts()).allSatisfy(entry -> {
          assertThat(entry.isFailureLog()).isTrue();
          assertThat(entry.getJobExceptionMessage()).isNotBlank();
        });

    inbox.open();
    management.setJobRetries(jobId, 1); // Cockpit's "retry"
    management.executeJob(jobId);

    assertThat(inbox.received()).extracting(Inbox.Received::notificationId).containsExactly(jobId);
    assertThat(incidents(jobId)).as("resolved").isEmpty();
    assertThat(jobLog(jobId)).as("a mail's routine (written, sent) leaves no job log").hasSize(settings.attempts())
        .allMatch(HistoricJobLog::isFailureLog);
  }

  private List<HistoricJobLog> jobLog(String jobId) {
    return engine.getHistoryService().createHistoricJobLogQuery().jobId(jobId).list();
  }

  private List<Incident> incidents(String jobId) {
    return engine.getRuntimeService().createIncidentQuery().configuration(jobId).list();
  }
}
