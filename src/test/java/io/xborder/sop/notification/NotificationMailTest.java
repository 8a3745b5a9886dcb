package io.xborder.sop.notification;

import static io.xborder.sop.kickoff.ProjectKickoff.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import io.xborder.sop.launch.ProductLaunch;
import io.xborder.sop.signoff.SignOff;
import io.xborder.sop.signoff.SignOffCaller;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Real mails through a real SMTP server (GreenMail): who gets which mail, in which language, with which link. */
@PlatformTest
class NotificationMailTest {

  static final String LINA = "lina@demo.xborder-sop.test";
  static final String WANGWEI = "wangwei@demo.xborder-sop.test";

  @Autowired ProcessEngine engine;
  @Autowired PlatformHttp http;

  final Inbox inbox = new Inbox();
  IdentityService identity;
  TaskService tasks;

  @BeforeEach
  void smtpUpAndWangweiReadsEnglishInCalifornia() {
    identity = engine.getIdentityService();
    tasks = engine.getTaskService();
    inbox.open();
    identity.setUserInfo("wangwei", Recipients.LANGUAGE, "en");
    identity.setUserInfo("wangwei", Recipients.TIME_ZONE, "America/Los_Angeles");
  }

  @AfterEach
  void backToDefaults() {
    identity.clearAuthentication();
    identity.deleteUserInfo("wangwei", Recipients.LANGUAGE);
    identity.deleteUserInfo("wangwei", Recipients.TIME_ZONE);
    inbox.close();
  }

  @Test
  void aTaskOfferedToOperationsMailsEachMemberInTheirLanguageWithALinkToTheTask() throws Exception {
    MailJobs jobs = MailJobs.since(engine.getManagementService());
    ProcessInstance project = startKickoff();
    Task task = tasks.createTaskQuery().processInstanceId(project.getId()).singleResult();

    assertThat(inbox.received()).as("nothing is sent in the starter's transaction").isEmpty();
    jobs.runAll();

    Inbox.Received chinese = inbox.to(LINA).get(0);
    Inbox.Received english = inbox.to(WANGWEI).get(0);
    assertThat(inbox.received()).hasSize(2);
    assertThat(chinese.subject()).isEqualTo("团队新任务：确认项目范围 " + project.getBusinessKey());
    assertThat(chinese.text()).contains("Li Na，您好", "项目: 项目启动 · " + project.getBusinessKey(),
        "截止时间: " + due(task, "Asia/Shanghai"));
    assertThat(english.subject()).isEqualTo("New task for your team: 确认项目范围 " + project.getBusinessKey());
    assertThat(english.text()).contains("Hello Wei,", "Due: " + due(task, "America/Los_Angeles"));
    String link = "http://localhost:8080/camunda/app/tasklist/default/#/?task=" + task.getId();
    for (Inbox.Received mail : List.of(chinese, english)) {
      assertThat(mail.text()).contains(link);
      // The mail names the task as drawn and the project code apart from it.
      assertThat(mail.html()).contains("href=\"" + link + "\"").contains(task.getName().replace(" · " + project.getBusinessKey(), ""));
    }
    HttpResponse<String> tasklist = http.webAppGet("lina", "tasklist", "/camunda/app/tasklist/default/");
    assertThat(tasklist.statusCode()).as("the link's page: Camunda Tasklist").isEqualTo(200);
    assertThat(tasklist.body()).contains("Tasklist");
  }

  @Test
  void aSupervisorHandingATaskToSomeoneMailsThemButClaimingYourOwnDoesNot() {
    ProcessInstance project = startKickoff();
    Task task = tasks.createTaskQuery().processInstanceId(project.getId()).singleResult();
    MailJobs jobs = MailJobs.since(engine.getManagementService());

    identity.setAuthentication("lina", List.of("operations"));
    tasks.claim(task.getId(), "lina");
    assertThat(jobs.written()).as("lina claimed it herself").isEmpty();
    identity.setAuthentication("sunhao", List.of("supervisors"));
    tasks.setAssignee(task.getId(), "wangwei");
    identity.clearAuthentication();
    jobs.runAll();

    assertThat(inbox.received()).extracting(Inbox.Received::to).containsExactly(WANGWEI);
    assertThat(inbox.to(WANGWEI).get(0).subject()).isEqualTo("Assigned to you: 确认项目范围 " + project.getBusinessKey());
  }

  @Test
  void aSignOffRequestGoesToTheApproversAndARejectionBackToThePreparerWithTheReason() {
    ProcessInstance caller = SignOffCaller.takeIn(engine, true, "wangwei", "lina", "submit-legal-person-info", "amazon",
        "US", "medium");
    MailJobs jobs = MailJobs.since(engine.getManagementService());
    SignOffCaller.completeAs(engine, "lina", caller, SignOffCaller.TASK_PREPARE);
    ProcessInstance signOff = SignOffCaller.signOffOf(engine, caller);
    jobs.runAll();
    assertThat(inbox.received()).extracting(Inbox.Received::to).containsExactly("sunhao@demo.xborder-sop.test");
    assertThat(inbox.received().get(0).subject()).startsWith("待您审批：一级审批");

    MailJobs rejection = MailJobs.since(engine.getManagementService());
    Task approval = tasks.createTaskQuery().processInstanceId(signOff.getId()).singleResult();
    tasks.complete(approval.getId(), withVariables(SignOff.LEVEL_1_APPROVED, false,
        SignOff.REJECTION_REASON, "ID copy is black and white"));
    rejection.runAll();

    Inbox.Received rejected = inbox.to(LINA).get(0);
    assertThat(rejected.subject()).startsWith("已被驳回，请修改：退回修改");
    assertThat(rejected.text()).contains("原因: ID copy is black and white");
    assertThat(rejected.html()).contains("ID copy is black and white");
  }

  @Test
  void theOwnerIsToldWhenTheProjectIsCompletedAndUsersWithoutAddressAreSkipped() {
    User noAddress = identity.newUser("no-address-" + UUID.randomUUID().toString().substring(0, 8));
    identity.saveUser(noAddress);
    identity.createMembership(noAddress.getId(), "supervisors");
    try {
      ProcessInstance project = startKickoff();
      tasks.complete(tasks.createTaskQuery().processInstanceId(project.getId()).singleResult().getId(),
          withVariables(SCOPE_SUMMARY, "Brand registry", FIRST_MILESTONE_DATE, "2026-12-01"));
      MailJobs jobs = MailJobs.since(engine.getManagementService());
      tasks.complete(tasks.createTaskQuery().processInstanceId(project.getId()).singleResult().getId(),
          withVariables(SUPERVISOR_NOTE, "Go"));

      assertThat(jobs.mails()).extracting(Mail::kind, Mail::userId).containsExactly(
          org.assertj.core.groups.Tuple.tuple(MailKind.PROJECT_COMPLETED, "lina"));
      jobs.runAll();
      assertThat(inbox.to(LINA).get(0).subject()).isEqualTo("项目已完成：项目启动 " + project.getBusinessKey());
    } finally {
      identity.deleteUser(noAddress.getId());
    }
  }

  @Test
  void remindersGoToTheTeamAndEscalationsToItsSupervisorThenTheManagers() {
    ProcessInstance project = startKickoff();
    MailJobs jobs = MailJobs.since(engine.getManagementService());

    runSlaJob(project, "REMINDER");
    jobs.runAll();
    assertThat(inbox.received()).extracting(Inbox.Received::to).containsExactlyInAnyOrder(LINA, WANGWEI);
    assertThat(inbox.to(WANGWEI).get(0).subject()).isEqualTo("Reminder: 确认项目范围 " + project.getBusinessKey() + " is due soon");

    MailJobs escalation = MailJobs.since(engine.getManagementService());
    runSlaJob(project, "ESCALATION");
    assertThat(escalation.mails()).extracting(Mail::userId).containsExactly("sunhao");
    escalation.runAll();
    assertThat(inbox.to("sunhao@demo.xborder-sop.test").get(0).subject()).startsWith("已逾期：确认项目范围");

    MailJobs second = MailJobs.since(engine.getManagementService());
    runSlaJob(project, "SECOND_ESCALATION");
    assertThat(second.mails()).extracting(Mail::userId).containsExactly("zhoujing");
    second.runAll();
    assertThat(inbox.to("zhoujing@demo.xborder-sop.test").get(0).subject()).startsWith("仍然逾期：确认项目范围");
  }

  @Test
  void workThatRollsBackLeavesNoMailAndItsRetrySendsEachMailOnce() {
    MailJobs jobs = MailJobs.since(engine.getManagementService());
    String businessKey = "KO-RETRIED-" + UUID.randomUUID();
    var commands = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> commands.execute(context -> {
      engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, businessKey,
          withVariables(PROJECT_NAME, "Temu US", PLATFORM, "temu", SITE, "US", GOAL, "Open the US store"));
      throw new org.camunda.bpm.engine.OptimisticLockingException("another part of the transaction clashed");
    })).isInstanceOf(org.camunda.bpm.engine.OptimisticLockingException.class);
    assertThat(jobs.written()).as("the rolled-back start left no mail").isEmpty();

    engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, businessKey,
        withVariables(PROJECT_NAME, "Temu US", PLATFORM, "temu", SITE, "US", GOAL, "Open the US store"));
    jobs.runAll();

    assertThat(inbox.received()).extracting(Inbox.Received::to).containsExactlyInAnyOrder(LINA, WANGWEI);
  }

  @Test
  void anOutsideAgencyIsMailedInEnglishAboutItsEnglishTask() {
    String key = "PL-MAIL-" + UUID.randomUUID().toString().substring(0, 8);
    String launch = engine.getRuntimeService().startProcessInstanceByKey(ProductLaunch.PROCESS_KEY, key, withVariables(
        ProductLaunch.PRODUCT_NAME, "Mail test lamp", ProductLaunch.SKU, "MTL-1", ProductLaunch.SITE, "US")).getId();
    tasks.complete(tasks.createTaskQuery().processInstanceId(launch).taskDefinitionKey(ProductLaunch.TASK_RESEARCH).singleResult().getId());
    MailJobs jobs = MailJobs.since(engine.getManagementService());
    tasks.complete(tasks.createTaskQuery().processInstanceId(launch).taskDefinitionKey(ProductLaunch.TASK_CONFIRM_SUPPLIER).singleResult().getId());
    jobs.runAll();

    Inbox.Received agency = inbox.to("photo-agency@demo.xborder-sop.test").get(0);
    assertThat(agency.subject()).isEqualTo("New task for your team: Shoot the product photos " + key);
    assertThat(agency.text()).contains("Hello Photo,", "Product launch (Amazon) · " + key).doesNotContain("您好", "商品上新");
  }

  /** Runs the task's SLA job of that kind (the reminder, escalation and second escalation are engine timers). */
  private void runSlaJob(ProcessInstance project, String kind) {
    var management = engine.getManagementService();
    var job = management.createJobQuery().processInstanceId(project.getId()).timers().list().stream()
        .map(org.camunda.bpm.engine.impl.persistence.entity.JobEntity.class::cast)
        .filter(timer -> timer.getJobHandlerConfigurationRaw().startsWith(kind + ":")).findFirst().orElseThrow();
    management.executeJob(job.getId());
  }

  private ProcessInstance startKickoff() {
    identity.setAuthentication("lina", List.of("operations"));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, "KO-MAIL-" + UUID.randomUUID(),
          withVariables(PROJECT_NAME, "Amazon DE relaunch", PLATFORM, "amazon", SITE, "DE", GOAL, "Relaunch"));
    } finally {
      identity.clearAuthentication();
    }
  }

  private static String due(Task task, String zone) {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(task.getDueDate().toInstant().atZone(ZoneId.of(zone)))
        + " (" + zone + ")";
  }
}
