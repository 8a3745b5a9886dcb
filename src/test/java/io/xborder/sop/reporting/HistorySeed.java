package io.xborder.sop.reporting;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes history rows the way the engine does, under a template key of its own, so report tests
 * know the answers whatever else the shared test database holds.
 */
final class HistorySeed {

  final String template;
  private final JdbcTemplate jdbc;

  HistorySeed(JdbcTemplate jdbc, String templatePrefix) {
    this.jdbc = jdbc;
    this.template = templatePrefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A project; {@code end} null while it runs. Returns its process-instance id. */
  String project(String businessKey, Instant start, Instant end) {
    return instance(null, template, businessKey, start, end);
  }

  /** A top-level instance of another template, e.g. a batch that starts projects of this one. */
  String project(String otherTemplate, String businessKey, Instant start, Instant end) {
    return instance(null, otherTemplate, businessKey, start, end);
  }

  /**
   * An instance of {@code calledTemplate} that {@code caller} called, under {@code businessKey} (a KYC or
   * sign-off gets its caller's code, a batch's store one of its own), as the engine records it.
   */
  String called(String caller, String calledTemplate, String businessKey, Instant start, Instant end) {
    return instance(caller, calledTemplate, businessKey, start, end);
  }

  private String instance(String caller, String key, String businessKey, Instant start, Instant end) {
    String id = UUID.randomUUID().toString();
    String root = caller == null ? id
        : jdbc.queryForObject("SELECT ROOT_PROC_INST_ID_ FROM ACT_HI_PROCINST WHERE ID_ = ?", String.class, caller);
    jdbc.update("INSERT INTO ACT_HI_PROCINST (ID_, PROC_INST_ID_, BUSINESS_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, START_TIME_,"
            + " END_TIME_, DURATION_, STATE_, SUPER_PROCESS_INSTANCE_ID_, ROOT_PROC_INST_ID_) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id, id, businessKey, key, key + ":1:seed", ts(start), ts(end),
        end == null ? null : Duration.between(start, end).toMillis(), end == null ? "ACTIVE" : "COMPLETED", caller, root);
    return id;
  }

  /** A task of a project (or of an instance it called); {@code end} null while open, {@code due} null when it has no due date. */
  String task(String project, String step, String assignee, Instant start, Instant end, Instant due) {
    return task(project, step, step.replace("Task_", ""), assignee, start, end, due);
  }

  /** A task with the name the engine recorded, e.g. with the project code Tasklist shows after it. */
  String task(String project, String step, String name, String assignee, Instant start, Instant end, Instant due) {
    String id = UUID.randomUUID().toString();
    jdbc.update("INSERT INTO ACT_HI_TASKINST (ID_, TASK_DEF_KEY_, PROC_DEF_KEY_, PROC_DEF_ID_, PROC_INST_ID_, ROOT_PROC_INST_ID_, NAME_,"
            + " ASSIGNEE_, START_TIME_, END_TIME_, DURATION_, DELETE_REASON_, DUE_DATE_)"
            + " SELECT ?, ?, PROC_DEF_KEY_, PROC_DEF_ID_, ID_, ROOT_PROC_INST_ID_, ?, ?, ?, ?, ?, ?, ? FROM ACT_HI_PROCINST WHERE ID_ = ?",
        id, step, name, assignee, ts(start), ts(end),
        end == null ? null : Duration.between(start, end).toMillis(), end == null ? null : "completed", ts(due), project);
    return id;
  }

  /** The task offered to a group at its creation, and claimed (its first assignee) at {@code claimed}. */
  void offeredAndClaimed(String task, String group, Instant offered, String user, Instant claimed) {
    jdbc.update("INSERT INTO ACT_HI_IDENTITYLINK (ID_, TIMESTAMP_, TYPE_, GROUP_ID_, TASK_ID_, OPERATION_TYPE_, PROC_DEF_KEY_)"
        + " VALUES (?, ?, 'candidate', ?, ?, 'add', ?)", UUID.randomUUID().toString(), ts(offered), group, task, template);
    jdbc.update("INSERT INTO ACT_HI_IDENTITYLINK (ID_, TIMESTAMP_, TYPE_, USER_ID_, TASK_ID_, OPERATION_TYPE_, ASSIGNER_ID_, PROC_DEF_KEY_)"
        + " VALUES (?, ?, 'assignee', ?, ?, 'add', ?, ?)", UUID.randomUUID().toString(), ts(claimed), user, task, user, template);
  }

  /** A historic variable of a project, e.g. the SLA's escalation marker or the sign-off's rework count. */
  void variable(String project, String name, Long value, Instant created) {
    jdbc.update("INSERT INTO ACT_HI_VARINST (ID_, PROC_DEF_KEY_, PROC_INST_ID_, ROOT_PROC_INST_ID_, NAME_, VAR_TYPE_, CREATE_TIME_,"
            + " LONG_, TEXT_) SELECT ?, PROC_DEF_KEY_, ID_, ROOT_PROC_INST_ID_, ?, ?, ?, ?, ? FROM ACT_HI_PROCINST WHERE ID_ = ?",
        UUID.randomUUID().toString(), name, value == null ? "string" : "long", ts(created), value,
        value == null ? created.toString() : String.valueOf(value), project);
  }

  /** A string process variable, e.g. the kickoff's platform or a store opening's applicationStatus. */
  void text(String project, String name, String value) {
    jdbc.update("INSERT INTO ACT_HI_VARINST (ID_, PROC_DEF_KEY_, PROC_INST_ID_, ROOT_PROC_INST_ID_, NAME_, VAR_TYPE_, CREATE_TIME_, TEXT_)"
        + " SELECT ?, PROC_DEF_KEY_, ID_, ROOT_PROC_INST_ID_, ?, 'string', ?, ? FROM ACT_HI_PROCINST WHERE ID_ = ?",
        UUID.randomUUID().toString(), name, ts(Instant.now()), value, project);
  }

  private static Timestamp ts(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }
}
