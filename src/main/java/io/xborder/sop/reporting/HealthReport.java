package io.xborder.sop.reporting;

import io.xborder.sop.projects.ProjectTaskNames;
import io.xborder.sop.reporting.ReportingDialect.Spread;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Project health per template and overall. Projects (see {@link ProjectScope}: top-level instances
 * and a batch's stores, never the processes they call) count when they started in the period; task
 * completions when they were completed in the period, under the template of the project they serve,
 * called processes' steps included. Filtered by a template, the report shows that template's
 * projects and every project's steps of that template (a called process's own figures). A completion is late when it came after the
 * task's due date; tasks without a due date count as completed but neither on time nor late, and the
 * delay rate is late / (on time + late). Overdue is "now", whatever the period.
 */
@Service
public class HealthReport {

  static final int OVERDUE_LIST_LIMIT = 50;

  private final JdbcClient jdbc;
  private final ReportingDialect sql;
  private final ProjectScope projects;

  HealthReport(JdbcClient jdbc, ReportingDialect sql, ProjectScope projects) {
    this.jdbc = jdbc;
    this.sql = sql;
    this.projects = projects;
  }

  public record Health(String template, long projectsStarted, long projectsOpen, long projectsCompleted,
      long tasksCompleted, long tasksOnTime, long tasksLate, long tasksWithoutDueDate, Double delayRatePercent,
      Long projectCycleMedianMillis, Long projectCycleP90Millis, long tasksOverdueNow, long escalations,
      long reworkLoops, List<Step> steps) {}

  public record Step(String step, String name, long completed, long onTime, long late,
      Long medianMillis, Long p90Millis, Long slaMedianMillis) {}

  public record OverdueTask(String template, String businessKey, String step, String name, String assignee,
      OffsetDateTime due) {}

  /** The days counted, in the zone the report was computed in; the Cockpit plugin shows them as the server chose them. */
  public record Period(LocalDate from, LocalDate to, String zone) {}

  public record Result(Period period, Health overall, List<Health> templates, List<OverdueTask> overdue) {}

  private static final class Counts {
    long started, open, completed, tasks, onTime, late, noDue, overdue, escalations, rework;
  }

  public Result compute(ReportPeriod period, String template, Timestamp now) {
    return sql.inOneReadOnlyTransaction(() -> computeInTransaction(period, template, now));
  }

  private Result computeInTransaction(ReportPeriod period, String template, Timestamp now) {
    Map<String, Object> params = new HashMap<>();
    params.put("from", period.start());
    params.put("to", period.end());
    params.put("now", now);
    params.put("template", template);
    Map<String, Counts> byTemplate = new TreeMap<>();
    // Standalone tasks have no template; they are counted nowhere.
    Function<String, Counts> counts = key -> key == null ? new Counts() : byTemplate.computeIfAbsent(key, k -> new Counts());
    // The SQL below is fixed text; only whether a template filter is added depends on the request, and its key is bound.
    String ownTemplate = template == null ? "" : " AND P.PROC_DEF_KEY_ = :template";

    String projectsStarted = " FROM ACT_HI_PROCINST P WHERE P.START_TIME_ >= :from AND P.START_TIME_ < :to AND "
        + projects.isProject("P") + ownTemplate;
    jdbc.sql("SELECT P.PROC_DEF_KEY_, COUNT(*), SUM(CASE WHEN P.END_TIME_ IS NULL THEN 1 ELSE 0 END)" + projectsStarted
        + " GROUP BY P.PROC_DEF_KEY_").params(params)
        .query(rs -> {
          Counts c = counts.apply(rs.getString(1));
          c.started = rs.getLong(2);
          c.open = rs.getLong(3);
          c.completed = c.started - c.open;
        });

    // One pass over the period's completed tasks gives each step's figures; a template's are their sums.
    Map<String, List<Step>> steps = steps(period, template, params);
    steps.forEach((key, list) -> {
      Counts c = counts.apply(key);
      for (Step step : list) {
        c.tasks += step.completed();
        c.onTime += step.onTime();
        c.late += step.late();
        // A completed task with a due date was either on time or late.
        c.noDue += step.completed() - step.onTime() - step.late();
      }
    });

    jdbc.sql("SELECT TEMPLATE, COUNT(*) FROM (SELECT " + projects.templateOf("T") + " AS TEMPLATE, T.PROC_DEF_KEY_ AS OWN_TEMPLATE"
        + " FROM ACT_HI_TASKINST T WHERE T.END_TIME_ IS NULL AND T.DUE_DATE_ < :now) X" + templateFilter(template) + " GROUP BY TEMPLATE")
        .params(params)
        .query(rs -> {
          counts.apply(rs.getString(1)).overdue = rs.getLong(2);
        });

    jdbc.sql("SELECT TEMPLATE, COUNT(*) FROM (SELECT " + projects.templateOf("V") + " AS TEMPLATE, V.PROC_DEF_KEY_ AS OWN_TEMPLATE"
        + " FROM ACT_HI_VARINST V WHERE V.NAME_ = :escalatedAt AND V.CREATE_TIME_ >= :from AND V.CREATE_TIME_ < :to) X"
        + templateFilter(template) + " GROUP BY TEMPLATE")
        .params(params).param("escalatedAt", ReportVariables.ESCALATED_AT)
        .query(rs -> {
          counts.apply(rs.getString(1)).escalations = rs.getLong(2);
        });

    // Rework of a project's sign-offs counts for the project, when the project started in the period.
    jdbc.sql("SELECT P.PROC_DEF_KEY_, SUM(X.LONG_) FROM (SELECT " + projects.projectOf("V") + " AS PROJECT_ID, V.LONG_,"
        + " V.PROC_DEF_KEY_ AS OWN_TEMPLATE FROM ACT_HI_VARINST V WHERE V.NAME_ = :reworkCount) X"
        + " JOIN ACT_HI_PROCINST P ON P.ID_ = X.PROJECT_ID WHERE P.START_TIME_ >= :from AND P.START_TIME_ < :to"
        + (template == null ? "" : " AND (P.PROC_DEF_KEY_ = :template OR X.OWN_TEMPLATE = :template)") + " GROUP BY P.PROC_DEF_KEY_")
        .params(params).param("reworkCount", ReportVariables.REWORK_COUNT)
        .query(rs -> {
          counts.apply(rs.getString(1)).rework = rs.getLong(2);
        });

    String completedProjects = " FROM ACT_HI_PROCINST P WHERE P.END_TIME_ >= :from AND P.END_TIME_ < :to AND "
        + projects.isProject("P") + ownTemplate;
    Map<String, Spread> projectCycles = new TreeMap<>();
    jdbc.sql("SELECT P.PROC_DEF_KEY_, " + sql.medianAndP90("P.DURATION_") + " AS CYCLES" + completedProjects
        + " GROUP BY P.PROC_DEF_KEY_").params(params)
        .query(rs -> {
          // TreeMap takes no null key; a project always has a template, but history written by hand may not.
          if (rs.getString(1) != null) {
            projectCycles.put(rs.getString(1), ReportingDialect.spread(rs, "CYCLES"));
          }
        });
    Spread overallCycle = jdbc.sql("SELECT " + sql.medianAndP90("P.DURATION_") + " AS CYCLES" + completedProjects)
        .params(params).query((rs, i) -> ReportingDialect.spread(rs, "CYCLES")).single();

    List<Health> templates = new ArrayList<>();
    Counts total = new Counts();
    byTemplate.forEach((key, c) -> {
      templates.add(health(key, c, projectCycles.getOrDefault(key, Spread.NONE), steps.getOrDefault(key, List.of())));
      total.started += c.started;
      total.open += c.open;
      total.completed += c.completed;
      total.tasks += c.tasks;
      total.onTime += c.onTime;
      total.late += c.late;
      total.noDue += c.noDue;
      total.overdue += c.overdue;
      total.escalations += c.escalations;
      total.rework += c.rework;
    });
    return new Result(new Period(period.from(), period.to(), period.zone().getId()), health(null, total, overallCycle, List.of()),
        templates, overdue(period, template, params));
  }

  /** Rows of a derived table with TEMPLATE (the project's) and OWN_TEMPLATE (the row's own instance's) that a template filter selects. */
  private static String templateFilter(String template) {
    return template == null ? "" : " WHERE (TEMPLATE = :template OR OWN_TEMPLATE = :template)";
  }

  /** Each project template's steps in the order they first started, with their figures, in one pass over the tasks. */
  private Map<String, List<Step>> steps(ReportPeriod period, String template, Map<String, Object> params) {
    Map<String, List<Step>> steps = new TreeMap<>();
    // Grouped by the project's template itself, not over a derived table, which H2 would first copy row by row.
    String projectTemplate = projects.templateOf("T");
    jdbc.sql("SELECT " + projectTemplate + " AS TEMPLATE, T.TASK_DEF_KEY_ AS STEP, MAX(T.NAME_) AS NAME, COUNT(*) AS COMPLETED,"
        + " SUM(CASE WHEN T.END_TIME_ <= T.DUE_DATE_ THEN 1 ELSE 0 END) AS ON_TIME, SUM(CASE WHEN T.END_TIME_ > T.DUE_DATE_ THEN 1 ELSE 0 END) AS LATE,"
        + " MIN(T.START_TIME_) AS FIRST_START, " + sql.medianAndP90("T.DURATION_") + " AS DURATIONS,"
        + " " + sql.medianAndP90(sql.millisBetween("T.START_TIME_", "T.DUE_DATE_")) + " AS SLAS"
        + " FROM " + sql.tasksEndedBetween("T", period.start(), period.end())
        + " WHERE T.DELETE_REASON_ = 'completed' AND T.END_TIME_ >= :from AND T.END_TIME_ < :to"
        // A top-level instance's task serves its own template: only called processes' tasks need their project looked up.
        + (template == null ? "" : " AND (T.PROC_DEF_KEY_ = :template OR T.ROOT_PROC_INST_ID_ <> T.PROC_INST_ID_) AND ("
            + projectTemplate + " = :template OR T.PROC_DEF_KEY_ = :template)")
        + " GROUP BY " + projectTemplate + ", T.TASK_DEF_KEY_ ORDER BY TEMPLATE, FIRST_START")
        .params(params)
        .query(rs -> {
          // Standalone tasks have no template; they are counted nowhere.
          if (rs.getString("TEMPLATE") != null) {
            Spread duration = ReportingDialect.spread(rs, "DURATIONS");
            steps.computeIfAbsent(rs.getString("TEMPLATE"), k -> new ArrayList<>()).add(new Step(rs.getString("STEP"),
                ProjectTaskNames.withoutProjectCode(rs.getString("NAME")), rs.getLong("COMPLETED"), rs.getLong("ON_TIME"), rs.getLong("LATE"), duration.median(),
                duration.p90(), ReportingDialect.spread(rs, "SLAS").median()));
          }
        });
    return steps;
  }

  private List<OverdueTask> overdue(ReportPeriod period, String template, Map<String, Object> params) {
    return jdbc.sql("SELECT TEMPLATE, BUSINESS_KEY_, TASK_DEF_KEY_, NAME_, ASSIGNEE_, DUE_DATE_ FROM (SELECT "
        + projects.templateOf("T") + " AS TEMPLATE, T.PROC_DEF_KEY_ AS OWN_TEMPLATE, P.BUSINESS_KEY_, T.TASK_DEF_KEY_, T.NAME_,"
        + " T.ASSIGNEE_, T.DUE_DATE_ FROM ACT_HI_TASKINST T LEFT JOIN ACT_HI_PROCINST P ON P.PROC_INST_ID_ = T.PROC_INST_ID_"
        + " WHERE T.END_TIME_ IS NULL AND T.DUE_DATE_ < :now) X" + templateFilter(template)
        + " ORDER BY DUE_DATE_ FETCH FIRST " + OVERDUE_LIST_LIMIT + " ROWS ONLY")
        .params(params)
        .query((rs, i) -> new OverdueTask(rs.getString(1), rs.getString(2), rs.getString(3),
            ProjectTaskNames.withoutProjectCode(rs.getString(4)), rs.getString(5),
            rs.getTimestamp(6).toInstant().atZone(period.zone()).toOffsetDateTime()))
        .list();
  }

  private static Health health(String template, Counts c, Spread cycle, List<Step> steps) {
    long withDue = c.onTime + c.late;
    Double delayRate = withDue == 0 ? null : Math.round(1000.0 * c.late / withDue) / 10.0;
    return new Health(template, c.started, c.open, c.completed, c.tasks, c.onTime, c.late, c.noDue, delayRate,
        cycle.median(), cycle.p90(), c.overdue, c.escalations, c.rework, steps);
  }
}
