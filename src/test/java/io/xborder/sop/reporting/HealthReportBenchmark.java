package io.xborder.sop.reporting;

import io.xborder.sop.TestDatabase;
import io.xborder.sop.system.engine.ProductIndexes;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Not a test: times the health report over 1,000,000 historic task instances (100,000 projects of
 * 20 templates over two years, a fifth of them with a called KYC) with Camunda's own history schema and indexes: in an in-memory H2
 * ({@code mvn -B -Pbenchmark test-compile exec:java}) or on the build's throwaway PostgreSQL
 * ({@code ... exec:java -Dbenchmark.database=postgresql}, needs Debian's postgresql package).
 */
public final class HealthReportBenchmark {

  static final int TASKS = 1_000_000;
  static final int PROJECTS = 100_000;
  static final int RUNS = 7;

  public static void main(String[] args) throws Exception {
    boolean postgres = "postgresql".equals(System.getProperty("benchmark.database"));
    DriverManagerDataSource dataSource = postgres
        ? new DriverManagerDataSource(TestDatabase.throwawayPostgresUrl(), TestDatabase.throwawayPostgresUser(), "")
        : new DriverManagerDataSource("jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1", "sa", "");
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    try (var connection = dataSource.getConnection()) {
      ScriptUtils.executeSqlScript(connection, new ClassPathResource(
          "org/camunda/bpm/engine/db/create/activiti." + (postgres ? "postgres" : "h2") + ".create.history.sql"));
    }
    long seeding = System.nanoTime();
    Seed seed = postgres ? Seed.POSTGRESQL : Seed.H2;
    // Projects start every ~10 minutes from 2024-01-01; 90% are finished after 1..20 days.
    jdbc.update("INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, ROOT_PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_, END_TIME_, DURATION_)"
        + " SELECT 'p' || X, 'p' || X, 'p' || X, 'BK-' || X, 'template-' || MOD(X, 20), 'template-' || MOD(X, 20) || ':1:1',"
        + " " + seed.minutesAfterStart("X * 10") + ","
        + " CASE WHEN MOD(X, 10) = 0 THEN NULL ELSE " + seed.daysAfter("1 + MOD(X, 20)", seed.minutesAfterStart("X * 10")) + " END,"
        + " CASE WHEN MOD(X, 10) = 0 THEN NULL ELSE (1 + MOD(X, 20)) * 86400000 END"
        + " FROM " + seed.range(1, PROJECTS));
    // Every fifth project calls a KYC under its code, which runs two of its steps: the reports count them in the project.
    jdbc.update("INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, ROOT_PROC_INST_ID_, SUPER_PROCESS_INSTANCE_ID_, BUSINESS_KEY_, PROC_DEF_KEY_,"
        + " PROC_DEF_ID_, START_TIME_) SELECT 'c' || X, 'c' || X, 'p' || X, 'p' || X, 'BK-' || X, 'kyc', 'kyc:1:1', "
        + seed.minutesAfterStart("X * 10") + " FROM " + seed.range(1, PROJECTS) + " WHERE MOD(X, 5) = 0");
    String calledStep = "MOD(X / 10, 5) = 0 AND MOD(X, 8) >= 6";
    // Ten tasks per project in 8 steps; 1 in 20 open (all of them overdue by now), 1 in 5 without a due date, about a quarter late.
    jdbc.update("INSERT INTO ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, PROC_INST_ID_, ROOT_PROC_INST_ID_, NAME_, ASSIGNEE_,"
        + " START_TIME_, END_TIME_, DURATION_, DELETE_REASON_, DUE_DATE_)"
        + " SELECT 't' || X, 'Task_Step' || MOD(X, 8),"
        + " CASE WHEN " + calledStep + " THEN 'kyc' ELSE 'template-' || MOD(X / 10, 20) END,"
        + " CASE WHEN " + calledStep + " THEN 'kyc:1:1' ELSE 'template-' || MOD(X / 10, 20) || ':1:1' END,"
        + " CASE WHEN " + calledStep + " THEN 'c' ELSE 'p' END || (X / 10), 'p' || (X / 10), 'Step ' || MOD(X, 8), 'user' || MOD(X, 50), T.S,"
        + " CASE WHEN MOD(X, 20) = 0 THEN NULL ELSE " + seed.hoursAfter("1 + MOD(X, 48)", "T.S") + " END,"
        + " CASE WHEN MOD(X, 20) = 0 THEN NULL ELSE (1 + MOD(X, 48)) * 3600000 END,"
        + " CASE WHEN MOD(X, 20) = 0 THEN NULL ELSE 'completed' END,"
        + " CASE WHEN MOD(X, 5) = 1 THEN NULL ELSE " + seed.hoursAfter("36", "T.S") + " END"
        + " FROM (SELECT X, " + seed.minutesAfterStart("X") + " AS S FROM " + seed.range(10, TASKS + 9) + ") T");
    ProductIndexes.createMissing(jdbc, ReportingIndexes.ALL);
    if (postgres) {
      // As autovacuum leaves a database that has grown over two years: statistics and visibility map up to date.
      jdbc.execute("VACUUM ANALYZE");
    }
    System.out.printf("seeded %,d tasks, %,d projects in %.1f s%n", jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_TASKINST", Long.class),
        jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_PROCINST", Long.class), (System.nanoTime() - seeding) / 1e9);

    JdbcClient client = JdbcClient.create(jdbc);
    HealthReport report = new HealthReport(client, new ReportingDialect(client, dataSource, new DataSourceTransactionManager(dataSource)),
        new ProjectScope(new ReportingProperties(List.of(), List.of("store-opening-batch")), client));
    ReportPeriod everything = ReportPeriod.parse("2024-01-01", "2026-12-31", "UTC", ZoneOffset.UTC, Instant.now());
    ReportPeriod oneMonth = ReportPeriod.parse("2024-06-01", "2024-06-30", "Asia/Shanghai", ZoneOffset.UTC, Instant.now());
    Timestamp now = Timestamp.from(Instant.now());
    Map<String, Supplier<HealthReport.Result>> cases = new LinkedHashMap<>();
    cases.put("all templates, whole range", () -> report.compute(everything, null, now));
    cases.put("all templates, one month", () -> report.compute(oneMonth, null, now));
    cases.put("one template, whole range", () -> report.compute(everything, "template-7", now));
    Map<String, List<Long>> millis = new LinkedHashMap<>();
    for (int run = 1; run <= RUNS; run++) {
      for (var c : cases.entrySet()) {
        long start = System.nanoTime();
        c.getValue().get();
        long took = (System.nanoTime() - start) / 1_000_000;
        millis.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(took);
        System.out.printf("run %d  %-27s %6d ms%n", run, c.getKey(), took);
      }
    }
    // The first run includes the JIT's warm-up; the median of all runs is the figure to report.
    millis.forEach((label, runs) -> {
      List<Long> sorted = runs.stream().sorted().toList();
      System.out.printf("median of %d runs  %-27s %6d ms  (fastest %d, slowest %d)%n", RUNS, label, sorted.get(RUNS / 2),
          sorted.get(0), sorted.get(RUNS - 1));
    });
    HealthReport.Health overall = report.compute(everything, null, now).overall();
    System.out.println(new String(("overall: " + overall).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
  }

  /** The seed's SQL in each database's words: a row per number, and times counted from 2024-01-01. */
  private enum Seed {
    H2 {
      String range(int from, int to) {
        return "SYSTEM_RANGE(" + from + ", " + to + ")";
      }

      String minutesAfterStart(String minutes) {
        return "DATEADD('MINUTE', " + minutes + ", TIMESTAMP '2024-01-01 00:00:00')";
      }

      String daysAfter(String days, String time) {
        return "DATEADD('DAY', " + days + ", " + time + ")";
      }

      String hoursAfter(String hours, String time) {
        return "DATEADD('HOUR', " + hours + ", " + time + ")";
      }
    },
    POSTGRESQL {
      String range(int from, int to) {
        return "GENERATE_SERIES(" + from + ", " + to + ") AS X";
      }

      String minutesAfterStart(String minutes) {
        return "TIMESTAMP '2024-01-01 00:00:00' + (" + minutes + ") * INTERVAL '1 minute'";
      }

      String daysAfter(String days, String time) {
        return "(" + time + ") + (" + days + ") * INTERVAL '1 day'";
      }

      String hoursAfter(String hours, String time) {
        return "(" + time + ") + (" + hours + ") * INTERVAL '1 hour'";
      }
    };

    abstract String range(int from, int to);

    abstract String minutesAfterStart(String minutes);

    abstract String daysAfter(String days, String time);

    abstract String hoursAfter(String hours, String time);
  }

  private HealthReportBenchmark() {}
}
