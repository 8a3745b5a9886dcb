package io.xborder.sop.reporting;

import io.xborder.sop.projects.ProjectTaskNames;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The board's projects: every running project and those completed in the last 30 days (older ones
 * stay in reports and audit), each in the column of its {@code applicationStatus} when it has one,
 * else of its current step. Filters match the kickoff's {@code platform} and {@code site} variables
 * and the project's starter as owner.
 */
@Service
public class ProjectBoard {

  static final Duration COMPLETED_STAY = Duration.ofDays(30);
  static final int MAX_CARDS = 500;

  private final JdbcTemplate jdbc;

  ProjectBoard(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public record Card(String businessKey, String template, String stage, String platform, String site, String owner,
      OffsetDateTime started, OffsetDateTime ended) {}

  public record Bar(String step, String name, String assignee, OffsetDateTime start, OffsetDateTime due, OffsetDateTime end) {}

  public record Filter(String template, String platform, String site, String owner) {}

  private static String variable(String name) {
    return "(SELECT MAX(V.TEXT_) FROM ACT_HI_VARINST V WHERE V.PROC_INST_ID_ = P.PROC_INST_ID_ AND V.TASK_ID_ IS NULL AND V.NAME_ = '" + name + "')";
  }

  public List<Card> cards(Filter filter, Timestamp now, ZoneId zone) {
    StringBuilder sql = new StringBuilder("SELECT * FROM (SELECT P.BUSINESS_KEY_, P.PROC_DEF_KEY_, P.START_USER_ID_, P.START_TIME_, P.END_TIME_, "
        + variable(ReportVariables.APPLICATION_STATUS) + " AS STATUS_, " + variable("platform") + " AS PLATFORM_, " + variable("site") + " AS SITE_,"
        + " (SELECT MIN(T.NAME_) FROM ACT_HI_TASKINST T WHERE T.PROC_INST_ID_ = P.PROC_INST_ID_ AND T.END_TIME_ IS NULL) AS STEP_"
        + " FROM ACT_HI_PROCINST P WHERE P.BUSINESS_KEY_ IS NOT NULL AND (P.END_TIME_ IS NULL OR P.END_TIME_ >= ?)) B WHERE 1 = 1");
    List<Object> args = new ArrayList<>(List.of(Timestamp.from(now.toInstant().minus(COMPLETED_STAY))));
    condition(sql, args, "PROC_DEF_KEY_", filter.template());
    condition(sql, args, "PLATFORM_", filter.platform());
    condition(sql, args, "SITE_", filter.site());
    condition(sql, args, "START_USER_ID_", filter.owner());
    sql.append(" ORDER BY START_TIME_ DESC FETCH FIRST ").append(MAX_CARDS).append(" ROWS ONLY");
    return jdbc.query(sql.toString(), (rs, i) -> {
      Timestamp ended = rs.getTimestamp("END_TIME_");
      String stage = rs.getString("STATUS_") != null ? rs.getString("STATUS_")
          : ended != null ? "Completed" : rs.getString("STEP_") != null
          ? ProjectTaskNames.withoutProjectCode(rs.getString("STEP_")) : "Waiting";
      return new Card(rs.getString("BUSINESS_KEY_"), rs.getString("PROC_DEF_KEY_"), stage, rs.getString("PLATFORM_"),
          rs.getString("SITE_"), rs.getString("START_USER_ID_"), at(rs.getTimestamp("START_TIME_"), zone), at(ended, zone));
    }, args.toArray());
  }

  public List<Bar> timeline(String businessKey, ZoneId zone) {
    List<Bar> bars = jdbc.query("SELECT T.TASK_DEF_KEY_, T.NAME_, T.ASSIGNEE_, T.START_TIME_, T.DUE_DATE_, T.END_TIME_"
        + " FROM ACT_HI_TASKINST T JOIN ACT_HI_PROCINST P ON P.PROC_INST_ID_ = T.PROC_INST_ID_ WHERE P.BUSINESS_KEY_ = ? ORDER BY T.START_TIME_",
        (rs, i) -> new Bar(rs.getString(1), ProjectTaskNames.withoutProjectCode(rs.getString(2)), rs.getString(3),
            at(rs.getTimestamp(4), zone),
            at(rs.getTimestamp(5), zone), at(rs.getTimestamp(6), zone)), businessKey);
    if (bars.isEmpty() && jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = ?", Integer.class, businessKey) == 0) {
      throw new ProjectNotFound(businessKey);
    }
    return bars;
  }

  private static void condition(StringBuilder sql, List<Object> args, String column, String value) {
    if (value != null && !value.isBlank()) {
      sql.append(" AND ").append(column).append(" = ?");
      args.add(value);
    }
  }

  private static OffsetDateTime at(Timestamp time, ZoneId zone) {
    return time == null ? null : time.toInstant().atZone(zone).toOffsetDateTime();
  }
}
