package io.xborder.sop.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformTest;
import io.xborder.sop.TestDatabase;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ten projects in March 2024: seven finished after 1..7 days, three still open, one without any
 * task. 37 completed tasks with a due date, 9 of them late (delay rate 24.3%), 3 completed without
 * a due date, open tasks (one overdue), and one late completion at 17:00 UTC on 31 March, which
 * is already April in Shanghai.
 */
@PlatformTest
@Tag(TestDatabase.POSTGRESQL_TAG)
class HealthReportTest {

  static final Instant MARCH = Instant.parse("2024-03-01T02:00:00Z");
  static final Duration HOUR = Duration.ofHours(1);
  static final Duration DAY = Duration.ofDays(1);

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  HealthReport report;

  HistorySeed seed;
  Timestamp now = Timestamp.from(Instant.now());

  @BeforeEach
  void seedMarch() {
    seed = new HistorySeed(jdbc, "health-fixture");
    String[] projects = new String[10];
    for (int i = 0; i < 10; i++) {
      Instant start = MARCH.plus(DAY.multipliedBy(i));
      projects[i] = seed.project("HF-" + i, start, i < 7 ? start.plus(DAY.multipliedBy(i + 1)) : null);
    }
    for (int j = 0; j < 37; j++) {
      int p = j % 9;
      Instant start = MARCH.plus(DAY.multipliedBy(p)).plus(HOUR);
      boolean late = j < 9;
      seed.task(projects[p], j % 2 == 0 ? "Task_Prepare" : "Task_Review", "lina", start,
          start.plus(HOUR.multipliedBy(late ? 30 : 10)), start.plus(DAY));
    }
    for (int k = 0; k < 3; k++) {
      seed.task(projects[0], "Task_Note", "lina", MARCH, MARCH.plus(HOUR), null);
    }
    seed.task(projects[7], "Task_Prepare", "lina", MARCH.plus(DAY.multipliedBy(7)), null, Instant.parse("2024-03-20T00:00:00Z"));
    seed.task(projects[8], "Task_Prepare", "lina", MARCH.plus(DAY.multipliedBy(8)), null, Instant.now().plus(DAY.multipliedBy(30)));
    seed.task(projects[8], "Task_Note", null, MARCH.plus(DAY.multipliedBy(8)), null, null);
    seed.task(projects[1], "Task_LateNight", "lina", Instant.parse("2024-03-31T01:00:00Z"),
        Instant.parse("2024-03-31T17:00:00Z"), Instant.parse("2024-03-31T12:00:00Z"));
    seed.variable(projects[2], ReportVariables.ESCALATED_AT, null, MARCH.plus(DAY.multipliedBy(3)));
    seed.variable(projects[3], ReportVariables.ESCALATED_AT, null, MARCH.plus(DAY.multipliedBy(4)));
    seed.variable(projects[0], ReportVariables.REWORK_COUNT, 3L, MARCH);
    seed.variable(projects[1], ReportVariables.REWORK_COUNT, 1L, MARCH);
  }

  HealthReport.Health march(String zone) {
    HealthReport.Result result = report.compute(period("2024-03-01", "2024-03-31", zone), seed.template, now);
    assertThat(result.templates()).singleElement().extracting(HealthReport.Health::template).isEqualTo(seed.template);
    return result.templates().get(0);
  }

  @Test
  void marchInShanghaiHasTheKnownAnswers() {
    HealthReport.Health health = march("Asia/Shanghai");

    assertThat(health.projectsStarted()).isEqualTo(10);
    assertThat(health.projectsOpen()).isEqualTo(3);
    assertThat(health.projectsCompleted()).isEqualTo(7);
    assertThat(health.tasksCompleted()).isEqualTo(40);
    assertThat(health.tasksOnTime()).isEqualTo(28);
    assertThat(health.tasksLate()).isEqualTo(9);
    assertThat(health.tasksWithoutDueDate()).isEqualTo(3);
    assertThat(health.delayRatePercent()).isEqualTo(24.3);
    assertThat(health.projectCycleMedianMillis()).isEqualTo(DAY.multipliedBy(4).toMillis());
    assertThat(health.projectCycleP90Millis()).isEqualTo(DAY.multipliedBy(7).toMillis());
    assertThat(health.tasksOverdueNow()).isEqualTo(1);
    assertThat(health.escalations()).isEqualTo(2);
    assertThat(health.reworkLoops()).isEqualTo(4);
  }

  @Test
  void eachStepHasItsDurationsAgainstItsSla() {
    List<HealthReport.Step> steps = march("Asia/Shanghai").steps();

    assertThat(steps).extracting(HealthReport.Step::step).containsExactlyInAnyOrder("Task_Prepare", "Task_Review", "Task_Note");
    HealthReport.Step prepare = steps.stream().filter(s -> s.step().equals("Task_Prepare")).findFirst().orElseThrow();
    assertThat(prepare.completed()).isEqualTo(19);
    assertThat(prepare.late()).isEqualTo(5);
    assertThat(prepare.medianMillis()).isEqualTo(HOUR.multipliedBy(10).toMillis());
    assertThat(prepare.p90Millis()).isEqualTo(HOUR.multipliedBy(30).toMillis());
    assertThat(prepare.slaMedianMillis()).isEqualTo(DAY.toMillis());
    HealthReport.Step note = steps.stream().filter(s -> s.step().equals("Task_Note")).findFirst().orElseThrow();
    assertThat(note.completed()).isEqualTo(3);
    assertThat(note.onTime() + note.late()).isZero();
    assertThat(note.slaMedianMillis()).as("a step without due dates has no SLA").isNull();
  }

  @Test
  void aPeriodSpanningTheWholeHistoryCountsTheSameTasks() {
    // On H2 a period covering most of the history is read by a table scan instead of the end-time index.
    HealthReport.Health wide = report.compute(period("2024-01-01", LocalDate.now().plusDays(1).toString(), "UTC"),
        seed.template, now).templates().get(0);
    HealthReport.Health march = march("UTC");

    assertThat(wide.tasksCompleted()).isEqualTo(march.tasksCompleted()).isEqualTo(41);
    assertThat(wide.tasksLate()).isEqualTo(10);
    assertThat(wide.steps()).isEqualTo(march.steps());
  }

  @Test
  void theSameMonthInUtcStillHoldsTheLastEveningsLateCompletion() {
    HealthReport.Health health = march("UTC");

    assertThat(health.tasksCompleted()).isEqualTo(41);
    assertThat(health.tasksLate()).isEqualTo(10);
    assertThat(health.delayRatePercent()).isEqualTo(26.3);
  }

  @Test
  void theOverdueListNamesTheProjectAndTheStep() {
    HealthReport.Result result = report.compute(period("2024-03-01", "2024-03-31", "Asia/Shanghai"), seed.template, now);

    assertThat(result.overdue()).singleElement().satisfies(task -> {
      assertThat(task.businessKey()).isEqualTo("HF-7");
      assertThat(task.step()).isEqualTo("Task_Prepare");
      assertThat(task.due().toString()).isEqualTo("2024-03-20T08:00+08:00");
    });
  }

  @Test
  void aTemplateWhoseProjectsHaveNoTasksHasNoDelayRate() {
    HistorySeed empty = new HistorySeed(jdbc, "empty-fixture");
    empty.project("EF-1", MARCH, null);

    HealthReport.Result result = report.compute(period("2024-03-01", "2024-03-31", "UTC"), empty.template, now);

    assertThat(result.overall().projectsStarted()).isEqualTo(1);
    assertThat(result.overall().tasksCompleted()).isZero();
    assertThat(result.overall().delayRatePercent()).isNull();
    assertThat(result.overall().projectCycleMedianMillis()).isNull();
    assertThat(result.templates()).singleElement().satisfies(health -> assertThat(health.steps()).isEmpty());
  }

  @Test
  void aStepCompletedMoreOftenThanAnH2ArrayHoldsHasItsExactPercentiles() {
    int tasks = 65_536 + 1;
    HealthReport.Step step = theOnlyStepAfter(tasks);

    assertThat(step.completed()).isEqualTo(tasks);
    assertThat(step.onTime()).isEqualTo(tasks);
    assertThat(step.medianMillis()).isEqualTo((tasks + 1) / 2 * 1000L);
    assertThat(step.p90Millis()).as("ceil(65537 * 0.9) = 58984").isEqualTo(58_984_000L);
    assertThat(step.slaMedianMillis()).isEqualTo(DAY.toMillis());
  }

  @Test
  void theNinetiethPercentileIsTheNearestRankOnEveryDatabase() {
    // 0.9 * 110 is 99.00000000000001 in floating point; the nearest rank is the 99th value, not the 100th.
    HealthReport.Step step = theOnlyStepAfter(110);

    assertThat(step.p90Millis()).isEqualTo(99_000L);
    assertThat(step.medianMillis()).isEqualTo(55_000L);
  }

  /** The one step of a fresh template completed {@code tasks} times, after 1, 2, ... seconds, each due a day after it started. */
  private HealthReport.Step theOnlyStepAfter(int tasks) {
    HistorySeed bulk = new HistorySeed(jdbc, "bulk-fixture");
    String project = bulk.project("BF-1", MARCH, MARCH.plus(DAY.multipliedBy(2)));
    jdbc.batchUpdate("INSERT INTO ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, PROC_INST_ID_, NAME_, START_TIME_,"
        + " END_TIME_, DURATION_, DELETE_REASON_, DUE_DATE_) VALUES (?, 'Task_Bulk', ?, ?, ?, 'Bulk', ?, ?, ?, 'completed', ?)",
        IntStream.rangeClosed(1, tasks).mapToObj(i -> new Object[] {bulk.template + "-" + i, bulk.template,
            bulk.template + ":1:seed", project, Timestamp.from(MARCH), Timestamp.from(MARCH.plusSeconds(i)), i * 1000L,
            Timestamp.from(MARCH.plus(DAY))}).toList());
    try {
      HealthReport.Result result = report.compute(period("2024-03-01", "2024-03-31", "UTC"), bulk.template, now);
      assertThat(result.templates()).singleElement().extracting(HealthReport.Health::steps).asList().hasSize(1);
      return result.templates().get(0).steps().get(0);
    } finally {
      jdbc.update("DELETE FROM ACT_HI_TASKINST WHERE PROC_DEF_KEY_ = ?", bulk.template);
    }
  }

  @Test
  void calledProcessesCountInsideTheirProjectAndABatchCountsAsItsStores() {
    HistorySeed called = new HistorySeed(jdbc, "kyc-fixture");
    HistorySeed signOff = new HistorySeed(jdbc, "signoff-fixture");
    HistorySeed stores = new HistorySeed(jdbc, "store-fixture");
    Instant start = MARCH.plus(DAY);
    // One store opening: its KYC and the KYC's sign-off run under its code; KYC and sign-off finish, the store is still open.
    String store = stores.project("SF-1", start, null);
    stores.task(store, "Task_Prepare", "lina", start, start.plus(HOUR), start.plus(DAY));
    String kyc = stores.called(store, called.template, "SF-1", start.plus(HOUR), start.plus(DAY.multipliedBy(3)));
    stores.task(kyc, "Task_CollectKyc", "lina", start.plus(HOUR), start.plus(DAY.multipliedBy(2)), start.plus(DAY));
    String approval = stores.called(kyc, signOff.template, "SF-1", start.plus(DAY.multipliedBy(2)), start.plus(DAY.multipliedBy(3)));
    stores.task(approval, "Task_FirstSignOff", "sunhao", start.plus(DAY.multipliedBy(2)), start.plus(DAY.multipliedBy(3)), null);
    stores.variable(approval, ReportVariables.REWORK_COUNT, 2L, start.plus(DAY.multipliedBy(3)));
    stores.task(store, "Task_Bind", "liuyang", start.plus(DAY.multipliedBy(3)), null, Instant.parse("2024-03-10T00:00:00Z"));
    // A batch of two stores: each store is a project of its own (SF-B-1, SF-B-2), the batch is none.
    String batch = stores.project("store-opening-batch", "SF-B", start, null);
    for (int i = 1; i <= 2; i++) {
      String child = stores.called(batch, stores.template, "SF-B-" + i, start, null);
      String childKyc = stores.called(child, called.template, "SF-B-" + i, start, null);
      stores.task(childKyc, "Task_CollectKyc", "lina", start.plus(HOUR.multipliedBy(2)), start.plus(HOUR.multipliedBy(3)), start.plus(DAY));
    }

    HealthReport.Result result = report.compute(period("2024-03-01", "2024-03-31", "UTC"), null, now);

    assertThat(result.templates()).extracting(HealthReport.Health::template)
        .contains(stores.template).doesNotContain(called.template, signOff.template);
    HealthReport.Health health = result.templates().stream().filter(h -> h.template().equals(stores.template)).findFirst().orElseThrow();
    assertThat(health.projectsStarted()).as("SF-1, SF-B-1, SF-B-2").isEqualTo(3);
    assertThat(health.projectsOpen()).isEqualTo(3);
    assertThat(health.projectsCompleted()).isZero();
    assertThat(health.tasksCompleted()).isEqualTo(5);
    assertThat(health.tasksLate()).as("the KYC's late collection delays the store").isEqualTo(1);
    assertThat(health.tasksOverdueNow()).isEqualTo(1);
    assertThat(health.reworkLoops()).isEqualTo(2);
    assertThat(health.steps()).extracting(HealthReport.Step::step)
        .containsExactly("Task_Prepare", "Task_CollectKyc", "Task_FirstSignOff");
    assertThat(result.overdue()).filteredOn(task -> "SF-1".equals(task.businessKey())).singleElement()
        .satisfies(task -> assertThat(task.template()).isEqualTo(stores.template));

    HealthReport.Result kycOnly = report.compute(period("2024-03-01", "2024-03-31", "UTC"), called.template, now);
    assertThat(kycOnly.overall().projectsStarted()).as("a KYC is no project of its own").isZero();
    assertThat(kycOnly.templates()).singleElement().satisfies(h -> assertThat(h.steps()).extracting(HealthReport.Step::step)
        .containsExactly("Task_CollectKyc"));
  }

  @Test
  void withoutAPeriodTheReportCoversTheLastThirtyDaysOfTheTeamsDay() {
    // 23:30 UTC on 29 November is 07:30 on 30 November in Shanghai.
    ReportPeriod period = ReportPeriod.parse(null, null, null, ZoneId.of("Asia/Shanghai"), Instant.parse("2026-11-29T23:30:00Z"));

    assertThat(period.to()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(period.from()).isEqualTo(LocalDate.of(2026, 11, 1));
    assertThat(period.start().toInstant()).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
  }

  private static ReportPeriod period(String from, String to, String zone) {
    return ReportPeriod.parse(from, to, zone, ZoneId.of("Asia/Shanghai"), Instant.now());
  }
}
