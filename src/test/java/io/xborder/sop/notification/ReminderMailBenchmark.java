package io.xborder.sop.notification;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.xborder.sop.XborderSopApplication;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.awaitility.core.ConditionTimeoutException;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: how long 10,000 reminders that fall due at the same moment take to reach the SMTP
 * server, through the real path (SLA timer → mail job → SMTP) with the platform's job executor, and
 * how many arrive twice; and, first, how long completing a task takes with the SMTP server down and up. Run with {@code mvn -B -Pmail-benchmark test-compile exec:java}.
 */
public final class ReminderMailBenchmark {

  static final int REMINDERS = Integer.getInteger("reminders", 10_000);
  static final int SMTP_PORT = 3926;
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  public static void main(String[] args) throws Exception {
    GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    // Monday 09:00: every task is due at 18:00, its reminder at 16:00 — all at the same moment.
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, SHANGHAI).toInstant()));
    ConfigurableApplicationContext platform = new SpringApplicationBuilder(XborderSopApplication.class).run(
        "--camunda.bpm.process-engine-name=benchmark",
        "--spring.datasource.url=jdbc:h2:mem:mail-benchmark;DB_CLOSE_DELAY=-1",
        "--camunda.bpm.job-execution.enabled=true",
        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + SMTP_PORT,
        "--server.port=0", "--logging.level.io.xborder.sop=WARN");
    try {
      ProcessEngine engine = platform.getBean(ProcessEngine.class);
      IdentityService identity = engine.getIdentityService();
      User owner = identity.newUser("bench-owner");
      identity.saveUser(owner); // no address yet: the 'assigned to you' mails of the set-up are skipped
      engine.getRepositoryService().createDeployment().addModelInstance("reminder-benchmark.bpmn",
          Bpmn.createExecutableProcess("reminder-benchmark").name("提醒压测").camundaHistoryTimeToLive(1)
              .camundaStartableInTasklist(false)
              .startEvent("Event_Start").userTask("Task_Work").name("工作").camundaAssignee("bench-owner")
              .camundaFormRef("confirm-project-scope").camundaFormRefBinding("latest").endEvent("Event_Done").done())
          .deploy();

      completionsWithAndWithoutSmtp(engine, smtp);

      long seeding = System.nanoTime();
      for (int i = 0; i < REMINDERS; i++) {
        engine.getRuntimeService().startProcessInstanceByKey("reminder-benchmark", "RB-" + i);
      }
      System.out.printf("started %,d tasks in %.1f s%n", REMINDERS, (System.nanoTime() - seeding) / 1e9);
      owner.setEmail("bench-owner@benchmark.test");
      identity.saveUser(owner);

      long start = System.nanoTime();
      ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 23, 16, 0, 1, 0, SHANGHAI).toInstant()));
      boolean all = awaitReminders(smtp);
      double seconds = (System.nanoTime() - start) / 1e9;
      Thread.sleep(5_000); // anything sent twice would arrive now

      MimeMessage[] received = smtp.getReceivedMessagesForDomain("benchmark.test");
      Set<String> notifications = new HashSet<>();
      Set<String> tasks = new HashSet<>();
      for (MimeMessage message : received) {
        notifications.add(message.getHeader(MailDelivery.NOTIFICATION_HEADER)[0]);
        tasks.add(message.getSubject());
      }
      System.out.printf("%s%,d reminders reached the SMTP server in %.1f s (%.0f mails/s); received %,d mails, "
              + "%,d distinct notifications, duplicates: %,d%n", all ? "" : "TIMED OUT: ", REMINDERS, seconds,
          REMINDERS / seconds, received.length, notifications.size(), received.length - notifications.size());
      System.out.printf("distinct tasks reminded: %,d%n", tasks.size());
    } finally {
      platform.close();
      smtp.stop();
      ClockUtil.reset();
    }
  }

  private static boolean awaitReminders(GreenMail smtp) {
    try {
      await("all " + REMINDERS + " reminders at the SMTP server").atMost(Duration.ofMinutes(15))
          .pollInterval(Duration.ofMillis(200)).pollInSameThread()
          .until(() -> smtp.getReceivedMessagesForDomain("benchmark.test").length >= REMINDERS);
      return true;
    } catch (ConditionTimeoutException e) {
      return false;
    }
  }

  /**
   * "An SMTP outage must not slow the user's task completion": the same completion (whose next task
   * is offered to the operations group, i.e. two mails) timed with the SMTP server down, then up.
   */
  static void completionsWithAndWithoutSmtp(ProcessEngine engine, GreenMail smtp) {
    int completions = 500;
    engine.getRepositoryService().createDeployment().addModelInstance("completion-benchmark.bpmn",
        Bpmn.createExecutableProcess("completion-benchmark").name("完成压测").camundaHistoryTimeToLive(1)
            .camundaStartableInTasklist(false)
            .startEvent("Event_Start")
            .userTask("Task_Work").name("工作").camundaAssignee("bench-owner")
              .camundaFormRef("confirm-project-scope").camundaFormRefBinding("latest")
            .userTask("Task_Next").name("下一步").camundaCandidateGroups("operations")
              .camundaFormRef("confirm-project-scope").camundaFormRefBinding("latest")
            .endEvent("Event_Done").done())
        .deploy();
    for (int i = 0; i < 2 * completions; i++) {
      engine.getRuntimeService().startProcessInstanceByKey("completion-benchmark", "CB-" + i);
    }
    java.util.List<String> tasks = engine.getTaskService().createTaskQuery().processDefinitionKey("completion-benchmark")
        .taskDefinitionKey("Task_Work").list().stream().map(org.camunda.bpm.engine.task.Task::getId).toList();
    double down = averageCompletionMillis(engine, tasks.subList(0, completions));
    smtp.start();
    double up = averageCompletionMillis(engine, tasks.subList(completions, 2 * completions));
    System.out.printf("task completion: %.2f ms on average with the SMTP server down, %.2f ms with it up (%d each)%n",
        down, up, completions);
  }

  private static double averageCompletionMillis(ProcessEngine engine, java.util.List<String> taskIds) {
    long start = System.nanoTime();
    taskIds.forEach(engine.getTaskService()::complete);
    return (System.nanoTime() - start) / 1e6 / taskIds.size();
  }

  private ReminderMailBenchmark() {}
}
