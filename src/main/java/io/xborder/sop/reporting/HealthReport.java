package io.xborder.sop.reporting;

import io.xborder.sop.projects.ProjectTaskNames;
import io.xborder.sop.reporting.ReportingDialect.Spread;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Project health per template and overall. Projects count when they started in the period; task
 * completions when they were completed in the period. A completion is late when it came after the
 * task's due date; tasks without a due date count as completed but neither on time nor late, and the
 * delay rate is late / (on time + late). Overdue is "now", whatever the period.
 */
@Service
public class HealthReport {

  static final int OVERDUE_LIST_LIMIT = 50;

  private final JdbcTemplate jdbc;
  private final ReportingDialect sql;

  HealthReport(JdbcTemplate jdbc, ReportingDialect sql) {
    this.jdbc = jdbc;
    this.sql = sql;
  }

  public record Health(String template, long projectsStarted, long projectsOpen, long projectsCompleted,
      long tasksCompleted, long tasksOnTime, long tasksLate, long tasksWithoutDueDate, Double delayRatePercent,
      Long projectCycleMedianMillis, Long projectCycleP90Millis, long tasksOverdueNow, long escalations,
      long reworkLoops, List<Step> steps) {}

  public record Step(String step, String name, long completed, long onTime, long late,
      Long medianMillis, Long p90Millis, Long slaMedianMillis) {}

  public record OverdueTask(String template, String businessKey, String step, String name, String assignee,
      OffsetDateTime due) {}

  public record Result(Health overall, List<Health> templates, List<OverdueTask> overdue) {}

  private static final class Counts {
    long started, open, completed, tasks, onTime, late, noDue, overdue, escalations, rework;
  }

  public Result compute(ReportPeriod period, String template, Timestamp now) {
    Timestamp from = period.start();
    Timestamp to = period.end();
    String keyFilter = template == null ? "" : " AND PROC_DEF_KEY_ = ?";
    Object[] keyArg = template == null ? new Object[0] : new Object[] {template};
    Map<String, Counts> byTemplate = new TreeMap<>();
    // Standalone tasks have no template; they are counted nowhere.
    Function<String, Counts> counts = key -> key == null ? new Counts() : byTemplate.computeIfAbsent(key, k -> new Counts());

    jdbc.query("SELECT PROC_DEF_KEY_, COUNT(*), SUM(CASE WHEN END_TIME_ IS NULL THEN 1 ELSE 0 END)"
        + " FROM ACT_HI_PROCINST WHERE START_TIME_ >= ? AND START_TIME_ < ?" + keyFilter + " GROUP BY PROC_DEF_KEY_",
        rs -> {
          Counts c = counts.apply(rs.getString(1));
          c.started = rs.getLong(2);
          c.open = rs.getLong(3);
          c.completed = c.started - c.open;
        }, args(from, to, keyArg));

    // One pass over the period's completed tasks gives each step's figures; a template's are their sums.
    Map<String, List<Step>> steps = steps(from, to, keyFilter, keyArg);
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

    jdbc.query("SELECT PROC_DEF_KEY_, COUNT(*) FROM ACT_HI_TASKINST WHERE END_TIME_ IS NULL AND DUE_DATE_ < ?"
        + keyFilter + " GROUP BY PROC_DEF_KEY_",
        rs -> {
          counts.apply(rs.getString(1)).overdue = rs.getLong(2);
        }, args(now, null, keyArg));

    jdbc.query("SELECT PROC_DEF_KEY_, COUNT(*) FROM ACT_HI_VARINST WHERE NAME_ = ? AND CREATE_TIME_ >= ? AND CREATE_TIME_ < ?"
        + keyFilter + " GROUP BY PROC_DEF_KEY_",
        rs -> {
          counts.apply(rs.getString(1)).escalations = rs.getLong(2);
        }, args(ReportVariables.ESCALATED_AT, from, to, keyArg));

    jdbc.query("SELECT P.PROC_DEF_KEY_, SUM(V.LONG_) FROM ACT_HI_VARINST V JOIN ACT_HI_PROCINST P ON P.PROC_INST_ID_ = V.PROC_INST_ID_"
        + " WHERE V.NAME_ = ? AND P.START_TIME_ >= ? AND P.START_TIME_ < ?" + keyFilter.replace("PROC_DEF_KEY_", "P.PROC_DEF_KEY_")
        + " GROUP BY P.PROC_DEF_KEY_",
        rs -> {
          counts.apply(rs.getString(1)).rework = rs.getLong(2);
        }, args(ReportVariables.REWORK_COUNT, from, to, keyArg));

    String completedProjects = " FROM ACT_HI_PROCINST WHERE END_TIME_ >= ? AND END_TIME_ < ?" + keyFilter;
    Map<String, Spread> projectCycles = new TreeMap<>();
    jdbc.query("SELECT PROC_DEF_KEY_, " + sql.medianAndP90("DURATION_") + " AS CYCLES" + completedProjects + " GROUP BY PROC_DEF_KEY_",
        rs -> {
          // TreeMap takes no null key; a project always has a template, but history written by hand may not.
          if (rs.getString(1) != null) {
            projectCycles.put(rs.getString(1), ReportingDialect.spread(rs, "CYCLES"));
          }
        }, args(from, to, keyArg));
    Spread overallCycle = jdbc.queryForObject("SELECT " + sql.medianAndP90("DURATION_") + " AS CYCLES" + completedProjects,
        (rs, i) -> ReportingDialect.spread(rs, "CYCLES"), args(from, to, keyArg));

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
    return new Result(health(null, total, overallCycle, List.of()), templates, overdue(now, keyFilter, keyArg, period));
  }

  /** Each template's steps in the order they first started, with their figures, in one pass over the tasks. */
  private Map<String, List<Step>> steps(Timestamp from, Timestamp to, String keyFilter, Object[] keyArg) {
    Map<String, List<Step>> steps = new TreeMap<>();
    jdbc.query("SELECT PROC_DEF_KEY_ AS TEMPLATE, TASK_DEF_KEY_ AS STEP, MAX(NAME_) AS NAME, COUNT(*) AS COMPLETED,"
        + " SUM(CASE WHEN END_TIME_ <= DUE_DATE_ THEN 1 ELSE 0 END) AS ON_TIME, SUM(CASE WHEN END_TIME_ > DUE_DATE_ THEN 1 ELSE 0 END) AS LATE,"
        + " MIN(START_TIME_) AS FIRST_START, " + sql.medianAndP90("DURATION_") + " AS DURATIONS,"
        + " " + sql.medianAndP90(sql.millisBetween("START_TIME_", "DUE_DATE_")) + " AS SLAS"
        + " FROM " + sql.tasksEndedBetween(from, to) + " WHERE DELETE_REASON_ = 'completed' AND END_TIME_ >= ? AND END_TIME_ < ?"
        + keyFilter + " GROUP BY PROC_DEF_KEY_, TASK_DEF_KEY_ ORDER BY TEMPLATE, FIRST_START",
        rs -> {
          // Standalone tasks have no template; they are counted nowhere.
          if (rs.getString("TEMPLATE") != null) {
            Spread duration = ReportingDialect.spread(rs, "DURATIONS");
            steps.computeIfAbsent(rs.getString("TEMPLATE"), k -> new ArrayList<>()).add(new Step(rs.getString("STEP"),
                ProjectTaskNames.withoutProjectCode(rs.getString("NAME")), rs.getLong("COMPLETED"), rs.getLong("ON_TIME"), rs.getLong("LATE"), duration.median(),
                duration.p90(), ReportingDialect.spread(rs, "SLAS").median()));
          }
        }, args(from, to, keyArg));
    return steps;
  }

  private List<OverdueTask> overdue(Timestamp now, String keyFilter, Object[] keyArg, ReportPeriod period) {
    return jdbc.query("SELECT T.PROC_DEF_KEY_, P.BUSINESS_KEY_, T.TASK_DEF_KEY_, T.NAME_, T.ASSIGNEE_, T.DUE_DATE_"
        + " FROM ACT_HI_TASKINST T LEFT JOIN ACT_HI_PROCINST P ON P.PROC_INST_ID_ = T.PROC_INST_ID_"
        + " WHERE T.END_TIME_ IS NULL AND T.DUE_DATE_ < ?" + keyFilter.replace("PROC_DEF_KEY_", "T.PROC_DEF_KEY_")
        + " ORDER BY T.DUE_DATE_ FETCH FIRST " + OVERDUE_LIST_LIMIT + " ROWS ONLY",
        (rs, i) -> new OverdueTask(rs.getString(1), rs.getString(2), rs.getString(3),
            ProjectTaskNames.withoutProjectCode(rs.getString(4)), rs.getString(5),
            rs.getTimestamp(6).toInstant().atZone(period.zone()).toOffsetDateTime()),
        args(now, null, keyArg));
  }

  private static Health health(String template, Counts c, Spread cycle, List<Step> steps) {
    long withDue = c.onTime + c.late;
    Double delayRate = withDue == 0 ? null : Math.round(1000.0 * c.late / withDue) / 10.0;
    return new Health(template, c.started, c.open, c.completed, c.tasks, c.onTime, c.late, c.noDue, delayRate,
        cycle.median(), cycle.p90(), c.overdue, c.escalations, c.rework, steps);
  }

  /** The fixed arguments (nulls dropped), then the template key when filtering by one. */
  private static Object[] args(Object a, Object b, Object[] keyArg) {
    List<Object> all = new ArrayList<>();
    if (a != null) {
      all.add(a);
    }
    if (b != null) {
      all.add(b);
    }
    all.addAll(List.of(keyArg));
    return all.toArray();
  }

  private static Object[] args(Object a, Object b, Object c, Object[] keyArg) {
    List<Object> all = new ArrayList<>(List.of(a, b, c));
    all.addAll(List.of(keyArg));
    return all.toArray();
  }
}
