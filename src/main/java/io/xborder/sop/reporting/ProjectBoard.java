package io.xborder.sop.reporting;

import io.xborder.sop.forms.OptionLabels;
import io.xborder.sop.projects.ProjectTaskNames;
import io.xborder.sop.projects.ProjectVariables;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The board's projects ({@link ProjectScope}: no card for a called KYC or sign-off, one per store of a
 * batch): every running project and those completed in the last 30 days (older ones stay in reports
 * and audit). A project's steps are the tasks of the project and of the processes it called, oldest
 * first; its column is "completed" once it ended, else its {@code applicationStatus} when it has one,
 * else its current step. Filters match the kickoff's {@code platform} and {@code site} variables and
 * the project's owner ({@code projectOwner}, else its starter). Times are in the reader's zone.
 */
@Service
public class ProjectBoard {

  static final Duration COMPLETED_STAY = Duration.ofDays(30);
  static final int MAX_CARDS = 500;

  public enum Stage { STATUS, STEP, WAITING, COMPLETED }

  /** One task of the project: planned from its start to its due date, actual from its start to its end (or now). */
  public record Bar(String step, String name, String assignee, OffsetDateTime start, OffsetDateTime due, OffsetDateTime end,
      boolean late) {}

  /**
   * A project on the board. Progress is {@code stepsDone} of {@code stepsPlanned}, the steps that have come
   * up so far (done or open; a process decides its later steps as it goes). {@code due} is the earliest due
   * date of its open steps.
   */
  public record Card(String businessKey, String template, String templateName, String subject, Stage stage, String status,
      String currentStep, String platform, String platformLabel, String site, String siteLabel, String owner, String ownerName,
      int stepsDone, int stepsPlanned,
      OffsetDateTime due, boolean overdue, OffsetDateTime started, OffsetDateTime ended, List<Bar> steps) {}

  /** The cards as of {@code now}, every time in {@code zone}. */
  public record Board(OffsetDateTime now, String zone, List<Card> cards) {}

  public record Filter(String template, String platform, String site, String owner) {}

  private final JdbcClient jdbc;
  private final ProjectScope projects;
  private final IdentityService identity;
  private final OptionLabels labels;

  ProjectBoard(JdbcClient jdbc, ProjectScope projects, IdentityService identity, OptionLabels labels) {
    this.jdbc = jdbc;
    this.projects = projects;
    this.identity = identity;
    this.labels = labels;
  }

  /** A project variable's text; {@code nameParameter} names the bound parameter holding the variable's name. */
  private static String variable(String nameParameter) {
    return "(SELECT MAX(V.TEXT_) FROM ACT_HI_VARINST V WHERE V.PROC_INST_ID_ = P.PROC_INST_ID_ AND V.TASK_ID_ IS NULL AND V.NAME_ = :"
        + nameParameter + ")";
  }

  private record Row(String businessKey, String template, String subject, String status, String platform, String site,
      String owner, Timestamp started, Timestamp ended) {}

  public Board board(Filter filter, Timestamp now, ZoneId zone) {
    // Each filter given adds its fixed condition; the values are bound.
    StringBuilder sql = new StringBuilder("SELECT * FROM (SELECT P.BUSINESS_KEY_, P.PROC_DEF_KEY_, P.START_TIME_, P.END_TIME_, "
        + variable("statusVariable") + " AS STATUS_, " + variable("platformVariable") + " AS PLATFORM_, "
        + variable("siteVariable") + " AS SITE_, " + variable("subjectVariable") + " AS SUBJECT_, "
        + "COALESCE(" + variable("ownerVariable") + ", P.START_USER_ID_) AS OWNER_"
        + " FROM ACT_HI_PROCINST P WHERE P.BUSINESS_KEY_ IS NOT NULL AND " + projects.isProject("P")
        + " AND (P.END_TIME_ IS NULL OR P.END_TIME_ >= :completedSince)) B WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>(Map.of("statusVariable", ReportVariables.APPLICATION_STATUS,
        "platformVariable", ProjectVariables.PLATFORM, "siteVariable", ProjectVariables.SITE, "subjectVariable", ProjectVariables.PROJECT_SUBJECT,
        "ownerVariable", ProjectVariables.PROJECT_OWNER,
        "completedSince", Timestamp.from(now.toInstant().minus(COMPLETED_STAY))));
    condition(sql, params, "PROC_DEF_KEY_", "template", filter.template());
    condition(sql, params, "PLATFORM_", "platform", filter.platform());
    condition(sql, params, "SITE_", "site", filter.site());
    condition(sql, params, "OWNER_", "owner", filter.owner());
    sql.append(" ORDER BY START_TIME_ DESC FETCH FIRST ").append(MAX_CARDS).append(" ROWS ONLY");
    List<Row> rows = jdbc.sql(sql.toString()).params(params)
        .query((rs, i) -> new Row(rs.getString("BUSINESS_KEY_"), rs.getString("PROC_DEF_KEY_"),
            rs.getString("SUBJECT_"), rs.getString("STATUS_"), rs.getString("PLATFORM_"), rs.getString("SITE_"), rs.getString("OWNER_"),
            rs.getTimestamp("START_TIME_"), rs.getTimestamp("END_TIME_")))
        .list();

    Map<String, List<Bar>> steps = steps(rows.stream().map(Row::businessKey).toList(), now, zone);
    Map<String, String> templateNames = templateNames();
    Map<String, String> names = peopleNames(rows.stream().map(Row::owner).filter(Objects::nonNull).collect(Collectors.toSet()));
    List<Card> cards = rows.stream().map(row -> card(row, steps.getOrDefault(row.businessKey(), List.of()), templateNames, names,
        labels, now, zone)).toList();
    return new Board(at(now, zone), zone.getId(), cards);
  }

  private static Card card(Row row, List<Bar> bars, Map<String, String> templateNames, Map<String, String> names,
      OptionLabels labels, Timestamp now,
      ZoneId zone) {
    List<Bar> open = bars.stream().filter(bar -> bar.end() == null).toList();
    String currentStep = open.isEmpty() ? null
        : open.stream().map(Bar::name).filter(Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new)).stream()
            .collect(Collectors.joining(" / "));
    OffsetDateTime due = row.ended() != null ? null
        : open.stream().map(Bar::due).filter(Objects::nonNull).min(OffsetDateTime::compareTo).orElse(null);
    Stage stage = row.ended() != null ? Stage.COMPLETED : row.status() != null ? Stage.STATUS
        : currentStep != null ? Stage.STEP : Stage.WAITING;
    int done = (int) bars.stream().filter(bar -> bar.end() != null).count();
    return new Card(row.businessKey(), row.template(), templateNames.getOrDefault(row.template(), row.template()), row.subject(),
        stage, row.status(), currentStep, row.platform(), label(labels, ProjectVariables.PLATFORM, row.platform()), row.site(),
        label(labels, ProjectVariables.SITE, row.site()), row.owner(), names.getOrDefault(row.owner(), row.owner()),
        done, bars.size(), due, due != null && due.toInstant().isBefore(now.toInstant()), at(row.started(), zone),
        at(row.ended(), zone), bars);
  }

  /** A value as the forms' selects label it ("亚马逊 Amazon", "德国 (DE)"), for the card and the filters. */
  private static String label(OptionLabels labels, String key, String value) {
    return value == null ? null : labels.of(key, value);
  }

  /** One project's steps, for its timeline. */
  public List<Bar> timeline(String businessKey, Timestamp now, ZoneId zone) {
    List<Bar> bars = steps(List.of(businessKey), now, zone).getOrDefault(businessKey, List.of());
    if (bars.isEmpty() && jdbc.sql("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE BUSINESS_KEY_ = :businessKey")
        .param("businessKey", businessKey).query(Integer.class).single() == 0) {
      throw new ProjectNotFound(businessKey);
    }
    return bars;
  }

  /** The tasks of the projects with these codes, the processes they called included (they run under the same code). */
  private Map<String, List<Bar>> steps(Collection<String> businessKeys, Timestamp now, ZoneId zone) {
    if (businessKeys.isEmpty()) {
      return Map.of();
    }
    Map<String, List<Bar>> steps = new HashMap<>();
    jdbc.sql("SELECT I.BUSINESS_KEY_, T.TASK_DEF_KEY_, T.NAME_, T.ASSIGNEE_, T.START_TIME_, T.DUE_DATE_, T.END_TIME_"
        + " FROM ACT_HI_TASKINST T JOIN ACT_HI_PROCINST I ON I.ID_ = T.PROC_INST_ID_ WHERE I.BUSINESS_KEY_ IN (:businessKeys)"
        + " ORDER BY T.START_TIME_, T.ID_")
        .param("businessKeys", businessKeys)
        .query(rs -> {
          Timestamp due = rs.getTimestamp(6);
          Timestamp end = rs.getTimestamp(7);
          boolean late = due != null && (end != null ? end.after(due) : now.after(due));
          steps.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Bar(rs.getString(2),
              ProjectTaskNames.withoutProjectCode(rs.getString(3)), rs.getString(4), at(rs.getTimestamp(5), zone), at(due, zone),
              at(end, zone), late));
        });
    return steps;
  }

  /** Each template's name as its latest version calls it. */
  private Map<String, String> templateNames() {
    Map<String, String> names = new HashMap<>();
    jdbc.sql("SELECT D.KEY_, D.NAME_ FROM ACT_RE_PROCDEF D WHERE D.NAME_ IS NOT NULL"
        + " AND D.VERSION_ = (SELECT MAX(E.VERSION_) FROM ACT_RE_PROCDEF E WHERE E.KEY_ = D.KEY_)")
        .query(rs -> {
          names.put(rs.getString(1), rs.getString(2));
        });
    return names;
  }

  /** People's names, family name first as the team says them (Li Na); the user id when the user has no name. */
  private Map<String, String> peopleNames(Set<String> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    Map<String, String> names = new HashMap<>();
    for (User user : identity.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list()) {
      String name = ((user.getLastName() == null ? "" : user.getLastName()) + " "
          + (user.getFirstName() == null ? "" : user.getFirstName())).strip();
      names.put(user.getId(), name.isEmpty() ? user.getId() : name);
    }
    return names;
  }

  private static void condition(StringBuilder sql, Map<String, Object> params, String column, String parameter, String value) {
    if (value != null && !value.isBlank()) {
      sql.append(" AND ").append(column).append(" = :").append(parameter);
      params.put(parameter, value);
    }
  }

  private static OffsetDateTime at(Timestamp time, ZoneId zone) {
    return time == null ? null : time.toInstant().atZone(zone).toOffsetDateTime();
  }
}
