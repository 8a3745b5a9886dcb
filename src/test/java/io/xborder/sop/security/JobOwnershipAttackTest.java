package io.xborder.sop.security;

import static io.xborder.sop.PlatformHttp.REST;
import static io.xborder.sop.replenishment.UrgentReplenishment.DAILY_SALES;
import static io.xborder.sop.replenishment.UrgentReplenishment.DAYS_OF_COVER;
import static io.xborder.sop.replenishment.UrgentReplenishment.MESSAGE_LOW_STOCK_ALERT;
import static io.xborder.sop.replenishment.UrgentReplenishment.PROCESS_KEY;
import static io.xborder.sop.replenishment.UrgentReplenishment.SITE;
import static io.xborder.sop.replenishment.UrgentReplenishment.SKU;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An urgent replenishment's SLA timers and mail jobs, and the incident of a failed one, as an outside agency, a member
 * of staff who is not on the project, the ERP's technical user and a supervisor would go after them over
 * REST: listing them, moving their due dates, setting their retries to 0, running, deleting, suspending.
 */
@PlatformTest
class JobOwnershipAttackTest {

  private static final String SLA_JOB = "xborder-sla";
  private static final String MAIL_JOB = "xborder-mail";

  @Autowired PlatformHttp http;
  @Autowired ProcessEngine engine;

  ManagementService management;
  ProcessInstance project;
  JobEntity slaJob;
  JobEntity mailJob;
  Incident mailIncident;

  @BeforeEach
  void aReplenishmentWhoseFirstTaskHasItsSlaAndItsMail() {
    management = engine.getManagementService();
    project = startReplenishment();
    slaJob = jobsOf(project, SLA_JOB).get(0);
    mailJob = jobsOf(project, MAIL_JOB).get(0);

    ProcessInstance failing = startReplenishment();
    String failedMail = jobsOf(failing, MAIL_JOB).get(0).getId();
    management.setJobRetries(failedMail, 0);
    mailIncident = engine.getRuntimeService().createIncidentQuery().configuration(failedMail).singleResult();
  }

  @Test
  void theProjectsJobsAndTheirLogAndIncidentsBelongToItsTemplate() {
    JsonNode sla = PlatformHttp.json(http.get(REST + "/job/" + slaJob.getId(), "admin"));
    assertThat(sla.get("processDefinitionKey").asText()).isEqualTo(PROCESS_KEY);
    assertThat(sla.get("processInstanceId").asText()).isEqualTo(project.getId());
    JsonNode mail = PlatformHttp.json(http.get(REST + "/job/" + mailJob.getId(), "admin"));
    assertThat(mail.get("processDefinitionKey").asText()).isEqualTo(PROCESS_KEY);
    assertThat(mail.get("processDefinitionId").asText()).isEqualTo(project.getProcessDefinitionId());
    assertThat(mailIncident.getProcessDefinitionId()).isEqualTo(project.getProcessDefinitionId());
    try {
      management.executeJob(mailJob.getId()); // no SMTP server in this test: a failure, which the job log keeps
    } catch (RuntimeException smtpDown) {
      // as the job executor sees it
    }
    JsonNode log = PlatformHttp.json(http.get(REST + "/history/job-log?jobId=" + mailJob.getId(), "admin"));
    assertThat(log).isNotEmpty();
    log.forEach(entry -> assertThat(entry.get("processDefinitionKey").asText()).isEqualTo(PROCESS_KEY));
  }

  @ParameterizedTest
  @ValueSource(strings = {"photo-agency", "lina", "erp-integration"})
  void outsidersSeeNoneOfTheProjectsJobsJobLogOrIncidents(String attacker) {
    List<String> projectJobs = List.of(slaJob.getId(), mailJob.getId(), mailIncident.getConfiguration());
    for (String query : List.of("/job", "/job?processDefinitionKey=" + PROCESS_KEY, "/job?processInstanceId=" + project.getId(),
        "/history/job-log", "/history/job-log?processDefinitionKey=" + PROCESS_KEY)) {
      assertThat(seen(http.get(REST + query, attacker), "id", "jobId")).as(attacker + " GET " + query)
          .doesNotContainAnyElementsOf(projectJobs);
    }
    for (String query : List.of("/incident", "/history/incident")) {
      assertThat(seen(http.get(REST + query, attacker), "id")).as(attacker + " GET " + query)
          .doesNotContain(mailIncident.getId());
    }
    assertThat(seen(http.get(REST + "/job-definition?processDefinitionKey=" + PROCESS_KEY, attacker), "id"))
        .as(attacker + " GET /job-definition").isEmpty();
    assertThat(count(http.get(REST + "/job/count?processDefinitionKey=" + PROCESS_KEY, attacker))).isZero();
    assertThat(http.get(REST + "/job/" + mailJob.getId(), attacker).statusCode()).isIn(403, 404);
  }

  @Test
  void anAgencyLoggedIntoTasklistSeesNoJobsThroughTheWebAppsEngineApiEither() {
    HttpResponse<String> jobs = http.webAppGet("photo-agency", "tasklist", "/camunda/api/engine/engine/default/job");

    assertThat(seen(jobs, "id")).doesNotContain(slaJob.getId(), mailJob.getId());
  }

  @ParameterizedTest
  @ValueSource(strings = {"photo-agency", "lina", "erp-integration", "sunhao"})
  void onlyAnAdministratorOperatesJobs(String attacker) {
    for (JobEntity job : List.of(slaJob, mailJob)) {
      String path = REST + "/job/" + job.getId();
      assertThat(List.of(
          http.putJson(path + "/duedate", attacker, "{\"duedate\": \"2030-01-01T00:00:00.000+0000\"}").statusCode(),
          http.putJson(path + "/retries", attacker, "{\"retries\": 0}").statusCode(),
          http.postJson(path + "/execute", attacker, "").statusCode(),
          http.putJson(path + "/suspended", attacker, "{\"suspended\": true}").statusCode(),
          http.putJson(path + "/priority", attacker, "{\"priority\": 1000}").statusCode(),
          http.delete(path, attacker).statusCode()))
          .as(attacker + " operating " + job.getJobHandlerType()).allSatisfy(status -> assertThat(status).isIn(403, 404));
      assertUnchanged(job);
    }
  }

  @Test
  void theSupervisorStillSeesTheProjectsJobsInCockpitsApi() {
    assertThat(seen(http.get(REST + "/job?processDefinitionKey=" + PROCESS_KEY, "sunhao"), "id"))
        .contains(slaJob.getId(), mailJob.getId());
    assertThat(seen(http.get(REST + "/incident?processDefinitionKeyIn=" + PROCESS_KEY, "sunhao"), "id"))
        .contains(mailIncident.getId());
  }

  @Test
  void noOneButAnAdministratorTouchesTheHistoryCleanupJobThatBelongsToNoProject() {
    Job cleanup = engine.getHistoryService().findHistoryCleanupJobs().get(0);
    String path = REST + "/job/" + cleanup.getId();
    for (String attacker : List.of("photo-agency", "lina", "sunhao", "analyst")) {
      assertThat(http.putJson(path + "/retries", attacker, "{\"retries\": 0}").statusCode()).isEqualTo(403);
      assertThat(http.putJson(path + "/suspended", attacker, "{\"suspended\": true}").statusCode()).isEqualTo(403);
      assertThat(http.delete(path, attacker).statusCode()).isEqualTo(403);
    }
    assertThat(http.get(REST + "/job/" + cleanup.getId(), "photo-agency").statusCode()).isEqualTo(403);
    Job after = management.createJobQuery().jobId(cleanup.getId()).singleResult();
    assertThat(after).isNotNull();
    assertThat(after.getRetries()).isEqualTo(cleanup.getRetries());
    assertThat(after.isSuspended()).isFalse();
  }

  @Test
  void theAdministratorOperatesThem() {
    String sla = REST + "/job/" + slaJob.getId();
    assertThat(http.putJson(sla + "/duedate", "admin", "{\"duedate\": \"2030-01-01T00:00:00.000+0000\"}").statusCode()).isEqualTo(204);
    assertThat(http.putJson(sla + "/retries", "admin", "{\"retries\": 2}").statusCode()).isEqualTo(204);
    assertThat(http.postJson(sla + "/execute", "admin", "").statusCode()).isEqualTo(204);
    String mail = REST + "/job/" + mailJob.getId();
    assertThat(http.putJson(mail + "/suspended", "admin", "{\"suspended\": true}").statusCode()).isEqualTo(204);
    assertThat(http.delete(mail, "admin").statusCode()).isEqualTo(204);
    assertThat(management.createJobQuery().jobId(mailJob.getId()).count()).isZero();
  }

  /** The ERP's low-stock alert starts an urgent replenishment; its first task is purchasing's. */
  private ProcessInstance startReplenishment() {
    String sku = "SKU-JOBS-" + UUID.randomUUID();
    return engine.getRuntimeService().createMessageCorrelation(MESSAGE_LOW_STOCK_ALERT)
        .processInstanceBusinessKey("RP-" + sku + "-US")
        .setVariable(SKU, sku).setVariable(SITE, "US").setVariable(DAYS_OF_COVER, 10.0).setVariable(DAILY_SALES, 40.0)
        .correlateStartMessage();
  }

  /** The project's jobs of one kind: SLA timers by its instance, mails by its business key (they outlive the instance). */
  private List<JobEntity> jobsOf(ProcessInstance instance, String type) {
    List<JobEntity> jobs = management.createJobQuery().list().stream().map(JobEntity.class::cast)
        .filter(job -> type.equals(job.getJobHandlerType()))
        .filter(job -> instance.getId().equals(job.getProcessInstanceId())
            || job.getJobHandlerConfigurationRaw().contains(instance.getBusinessKey()))
        .toList();
    assertThat(jobs).as(type + " jobs of " + instance.getBusinessKey()).isNotEmpty();
    return jobs;
  }

  private void assertUnchanged(JobEntity before) {
    Job now = management.createJobQuery().jobId(before.getId()).singleResult();
    assertThat(now).as("still there").isNotNull();
    assertThat(now.getDuedate()).isEqualTo(before.getDuedate());
    assertThat(now.getRetries()).isEqualTo(before.getRetries());
    assertThat(now.isSuspended()).isFalse();
    assertThat(now.getPriority()).isEqualTo(before.getPriority());
  }

  /** The ids named by the given fields in a JSON array answer; a refusal (403) shows nothing. */
  private static List<String> seen(HttpResponse<String> response, String... idFields) {
    if (response.statusCode() == 403) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    for (JsonNode item : PlatformHttp.json(response)) {
      for (String field : idFields) {
        if (item.hasNonNull(field)) {
          ids.add(item.get(field).asText());
        }
      }
    }
    return ids;
  }

  private static long count(HttpResponse<String> response) {
    return response.statusCode() == 403 ? 0 : PlatformHttp.json(response).get("count").asLong();
  }
}
