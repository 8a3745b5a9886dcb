package io.xborder.sop.reporting;

import java.sql.Timestamp;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Personal and group KPIs. A task belongs to its assignee (user rows) and to each group it was
 * offered to as a candidate (group rows). Completed, on time and late count completions in the
 * period; open and overdue are now. Offer to claim runs from the task's creation to its first
 * assignee; claim to completion from there to its end (both from {@code ACT_HI_IDENTITYLINK}).
 * Each reader sees their scope: staff their own row, supervisors the groups configured in
 * {@code xborder.reporting.supervised-groups} and those groups' members, managers everyone.
 */
@Service
public class PeopleReport {

  private static final String CLAIMS = "(SELECT TASK_ID_, MIN(TIMESTAMP_) AS CLAIMED_ FROM ACT_HI_IDENTITYLINK"
      + " WHERE TYPE_ = 'assignee' AND OPERATION_TYPE_ = 'add' GROUP BY TASK_ID_)";
  private static final String OFFERS = "(SELECT DISTINCT TASK_ID_, GROUP_ID_ FROM ACT_HI_IDENTITYLINK"
      + " WHERE TYPE_ = 'candidate' AND OPERATION_TYPE_ = 'add' AND GROUP_ID_ IS NOT NULL)";

  private static final Long[] NO_MEDIANS = new Long[2];

  private final JdbcClient jdbc;
  private final ReportingDialect sql;
  private final ProjectScope projects;
  private final IdentityService identity;
  private final List<String> supervisedGroups;

  PeopleReport(JdbcClient jdbc, ReportingDialect sql, ProjectScope projects, IdentityService identity,
      ReportingProperties properties) {
    this.jdbc = jdbc;
    this.sql = sql;
    this.projects = projects;
    this.identity = identity;
    this.supervisedGroups = properties.supervisedGroups();
  }

  public record Row(String id, long completed, long onTime, long late, Double onTimeRatePercent, long open,
      long overdue, Long medianOfferToClaimMillis, Long medianClaimToCompletionMillis) {}

  public record Result(List<Row> users, List<Row> groups) {}

  /** The rows {@code reader} may see; a reader with no scope ({@link Reader#readsPeople()}) sees none. */
  Result compute(ReportPeriod period, String template, Timestamp now, Reader reader) {
    if (reader.seesEverything()) {
      return compute(period, template, now, user -> true, group -> true);
    }
    if (reader.isSupervisor()) {
      Set<String> groups = Set.copyOf(supervisedGroups);
      Set<String> users = new HashSet<>(Set.of(reader.userId()));
      groups.forEach(group -> identity.createUserQuery().memberOfGroup(group).list().stream().map(User::getId).forEach(users::add));
      return compute(period, template, now, users::contains, groups::contains);
    }
    if (reader.isStaff()) {
      return compute(period, template, now, reader.userId()::equals, group -> false);
    }
    return new Result(List.of(), List.of());
  }

  private Result compute(ReportPeriod period, String template, Timestamp now, Predicate<String> userVisible,
      Predicate<String> groupVisible) {
    return sql.inOneReadOnlyTransaction(() -> computeInTransaction(period, template, now, userVisible, groupVisible));
  }

  private Result computeInTransaction(ReportPeriod period, String template, Timestamp now, Predicate<String> userVisible,
      Predicate<String> groupVisible) {
    List<Row> users = rows("T.ASSIGNEE_", "", period, template, now).stream()
        .filter(row -> userVisible.test(row.id())).toList();
    List<Row> groups = rows("O.GROUP_ID_", " JOIN " + OFFERS + " O ON O.TASK_ID_ = T.ID_", period, template, now).stream()
        .filter(row -> groupVisible.test(row.id())).toList();
    return new Result(users, groups);
  }

  /** {@code who} and {@code join} are one of the two fixed choices above, never a request's text. */
  private List<Row> rows(String who, String join, ReportPeriod period, String template, Timestamp now) {
    // A template selects its projects' tasks, called processes' included, and the tasks of its own instances.
    String keyFilter = template == null ? "" : " AND (" + projects.templateOf("T") + " = :template OR T.PROC_DEF_KEY_ = :template)";
    String completedInPeriod = "T.DELETE_REASON_ = 'completed' AND T.END_TIME_ >= :from AND T.END_TIME_ < :to";
    String tasks = " FROM ACT_HI_TASKINST T" + join + " LEFT JOIN " + CLAIMS + " C ON C.TASK_ID_ = T.ID_ WHERE " + who + " IS NOT NULL";

    Map<String, Long[]> medians = new HashMap<>();
    jdbc.sql("SELECT " + who + " AS WHO, " + sql.medianAndP90(sql.millisBetween("T.START_TIME_", "C.CLAIMED_")) + " AS OFFER_TO_CLAIM, "
        + sql.medianAndP90(sql.millisBetween("C.CLAIMED_", "T.END_TIME_")) + " AS CLAIM_TO_COMPLETION"
        + tasks + " AND " + completedInPeriod + keyFilter + " GROUP BY " + who)
        .param("from", period.start()).param("to", period.end()).param("template", template)
        .query(rs -> {
          medians.put(rs.getString("WHO"), new Long[] {ReportingDialect.spread(rs, "OFFER_TO_CLAIM").median(),
              ReportingDialect.spread(rs, "CLAIM_TO_COMPLETION").median()});
        });

    return jdbc.sql("SELECT " + who + ","
        + " SUM(CASE WHEN " + completedInPeriod + " THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN " + completedInPeriod + " AND T.END_TIME_ <= T.DUE_DATE_ THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN " + completedInPeriod + " AND T.END_TIME_ > T.DUE_DATE_ THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN T.END_TIME_ IS NULL THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN T.END_TIME_ IS NULL AND T.DUE_DATE_ < :now THEN 1 ELSE 0 END)"
        + tasks + " AND (T.END_TIME_ IS NULL OR (" + completedInPeriod + "))" + keyFilter
        + " GROUP BY " + who + " ORDER BY " + who)
        .param("from", period.start()).param("to", period.end()).param("now", now).param("template", template)
        .query((rs, i) -> {
          String id = rs.getString(1);
          long onTime = rs.getLong(3);
          long late = rs.getLong(4);
          Double rate = onTime + late == 0 ? null : Math.round(1000.0 * onTime / (onTime + late)) / 10.0;
          return new Row(id, rs.getLong(2), onTime, late, rate, rs.getLong(5), rs.getLong(6),
              medians.getOrDefault(id, NO_MEDIANS)[0], medians.getOrDefault(id, NO_MEDIANS)[1]);
        }).list();
  }
}
