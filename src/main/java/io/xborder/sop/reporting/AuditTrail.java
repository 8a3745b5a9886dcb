package io.xborder.sop.reporting;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Everything that happened in one project, oldest first, for a marketplace investigation: project
 * started and ended, each task created, offered, claimed or assigned and completed, every variable
 * change (sign-off rejection reasons marked as such) and every message received, with who and when,
 * from the project and the processes it called (KYC, sign-off), every time in the reader's zone.
 */
@Service
public class AuditTrail {

  public record Entry(OffsetDateTime time, String event, String step, String stepName, String user, String detail) {}

  public record Trail(String businessKey, String template, List<Entry> entries) {}

  private final JdbcClient jdbc;
  private final ProjectScope scope;

  AuditTrail(JdbcClient jdbc, ProjectScope scope) {
    this.jdbc = jdbc;
    this.scope = scope;
  }

  private record Raw(Timestamp time, int order, String event, String step, String stepName, String user, String detail) {}

  public Trail of(String businessKey, ZoneId zone) {
    // The project and the processes it called share its code; the project itself names the template.
    List<String[]> projects = jdbc.sql("SELECT P.PROC_INST_ID_, P.PROC_DEF_KEY_, CASE WHEN " + scope.isProject("P")
        + " THEN 'project' ELSE 'called process' END FROM ACT_HI_PROCINST P WHERE P.BUSINESS_KEY_ = :businessKey"
        + " ORDER BY 3 DESC, P.START_TIME_")
        .param("businessKey", businessKey)
        .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
    if (projects.isEmpty()) {
      throw new ProjectNotFound(businessKey);
    }
    List<Raw> raw = new ArrayList<>();
    for (String[] project : projects) {
      collect(project[0], project[2], raw, zone);
    }
    List<Entry> entries = raw.stream()
        .sorted(Comparator.comparing(Raw::time).thenComparingInt(Raw::order))
        .map(r -> new Entry(r.time().toInstant().atZone(zone).toOffsetDateTime(), r.event(), r.step(), r.stepName(),
            r.user(), r.detail()))
        .toList();
    return new Trail(businessKey, projects.get(0)[1], entries);
  }

  /** {@code kind}: "project", or "called process" for a KYC or sign-off the project called, named in the detail. */
  private void collect(String processInstanceId, String kind, List<Raw> raw, ZoneId zone) {
    jdbc.sql("SELECT START_TIME_, END_TIME_, START_USER_ID_, DELETE_REASON_, PROC_DEF_KEY_ FROM ACT_HI_PROCINST WHERE PROC_INST_ID_ = :instance")
        .param("instance", processInstanceId)
        .query(rs -> {
          String called = "project".equals(kind) ? null : rs.getString(5);
          raw.add(new Raw(rs.getTimestamp(1), 0, kind + " started", null, null, rs.getString(3), called));
          if (rs.getTimestamp(2) != null) {
            raw.add(new Raw(rs.getTimestamp(2), 9, kind + " ended", null, null, null,
                called == null ? rs.getString(4) : called + " (" + rs.getString(4) + ")"));
          }
        });
    jdbc.sql("SELECT START_TIME_, END_TIME_, TASK_DEF_KEY_, NAME_, ASSIGNEE_, DELETE_REASON_, DUE_DATE_"
        + " FROM ACT_HI_TASKINST WHERE PROC_INST_ID_ = :instance")
        .param("instance", processInstanceId)
        .query(rs -> {
          Timestamp due = rs.getTimestamp(7);
          raw.add(new Raw(rs.getTimestamp(1), 1, "task created", rs.getString(3), rs.getString(4), null,
              due == null ? null : "due " + due.toInstant().atZone(zone).toOffsetDateTime()));
          if (rs.getTimestamp(2) != null) {
            raw.add(new Raw(rs.getTimestamp(2), 8, "task " + rs.getString(6), rs.getString(3), rs.getString(4),
                rs.getString(5), null));
          }
        });
    jdbc.sql("SELECT L.TIMESTAMP_, L.TYPE_, L.USER_ID_, L.GROUP_ID_, L.ASSIGNER_ID_, L.OPERATION_TYPE_, T.TASK_DEF_KEY_, T.NAME_"
        + " FROM ACT_HI_IDENTITYLINK L JOIN ACT_HI_TASKINST T ON T.ID_ = L.TASK_ID_ WHERE T.PROC_INST_ID_ = :instance")
        .param("instance", processInstanceId)
        .query(rs -> {
          raw.add(identityLink(rs.getTimestamp(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
        });
    jdbc.sql("SELECT D.TIME_, D.NAME_, D.TEXT_, D.LONG_, D.DOUBLE_, D.VAR_TYPE_, T.TASK_DEF_KEY_, T.NAME_,"
        + " (SELECT MIN(O.USER_ID_) FROM ACT_HI_OP_LOG O WHERE O.OPERATION_ID_ = D.OPERATION_ID_)"
        + " FROM ACT_HI_DETAIL D LEFT JOIN ACT_HI_TASKINST T ON T.ID_ = D.TASK_ID_"
        + " WHERE D.PROC_INST_ID_ = :instance AND D.TYPE_ = 'VariableUpdate'")
        .param("instance", processInstanceId)
        .query(rs -> {
          String name = rs.getString(2);
          String value = rs.getString(3) != null ? rs.getString(3)
              : rs.getObject(4) != null ? String.valueOf(rs.getLong(4))
              : rs.getObject(5) != null ? String.valueOf(rs.getDouble(5)) : "(" + rs.getString(6) + ")";
          String event = name.toLowerCase(Locale.ROOT).endsWith(ReportVariables.REJECTION_REASON_SUFFIX.toLowerCase(Locale.ROOT))
              ? "sign-off rejected" : "variable set";
          raw.add(new Raw(rs.getTimestamp(1), 5, event, rs.getString(7), rs.getString(8), rs.getString(9), name + " = " + value));
        });
    jdbc.sql("SELECT START_TIME_, ACT_ID_, ACT_NAME_ FROM ACT_HI_ACTINST WHERE PROC_INST_ID_ = :instance"
        + " AND ACT_TYPE_ IN ('intermediateMessageCatch', 'messageStartEvent', 'receiveTask', 'boundaryMessage')")
        .param("instance", processInstanceId)
        .query(rs -> {
          raw.add(new Raw(rs.getTimestamp(1), 2, "message received", rs.getString(2), rs.getString(3), null, null));
        });
  }

  private static Raw identityLink(Timestamp time, String type, String user, String group, String assigner,
      String operation, String step, String stepName) {
    boolean added = "add".equals(operation);
    if ("assignee".equals(type)) {
      String event = !added ? "task unassigned" : user != null && user.equals(assigner) ? "task claimed" : "task assigned";
      return new Raw(time, 3, event, step, stepName, user, assigner == null || user == null || user.equals(assigner) ? null : "by " + assigner);
    }
    String to = group != null ? "group " + group : "user " + user;
    return new Raw(time, 2, (added ? "task offered to " : "task withdrawn from ") + type, step, stepName, null, to);
  }
}
