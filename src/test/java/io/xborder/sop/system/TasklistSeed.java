package io.xborder.sop.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * 100,000 open tasks in 2,000 projects (or 50 per project asked for) for {@link TasklistScaleBenchmark}, copied from rows the engine wrote for
 * two real kickoff projects (one task offered to operations, one claimed by lina): per project its process
 * instance and variables, per task a concurrent execution, the task, its candidate-group identity link, the
 * authorizations the engine granted on it (operations; the assignee) and its task-local {@code projectCode} and
 * {@code projectSubject}. Only ids, names, codes, dates and assignees differ, so the engine's queries meet what
 * it would have written itself. History and jobs are not copied: Tasklist's list does not read them.
 */
final class TasklistSeed {

  static final int PROJECTS = 2_000;
  static final int TASKS_PER_PROJECT = 50;
  /** The default {@code xborder.working-time.zone}: "Due today" is the team's day. */
  static final ZoneId TEAM_ZONE = ZoneId.of("Asia/Shanghai");
  private static final int BATCH = 2_000;

  /** The two tasks the engine made: one offered to operations, one claimed by lina. */
  record Templates(String offeredTaskId, String claimedTaskId) {}

  record Counts(long projects, long tasks, long assignedToLina) {}

  private final Connection connection;
  private final Templates templates;
  private final int projects;
  private final Map<String, Batch> batches = new LinkedHashMap<>();

  TasklistSeed(Connection connection, Templates templates, int projects) {
    this.connection = connection;
    this.templates = templates;
    this.projects = projects;
  }

  Counts seed() throws SQLException {
    connection.setAutoCommit(false);
    TemplateTask offered = read(templates.offeredTaskId());
    TemplateTask claimed = read(templates.claimedTaskId());
    Instant now = Instant.now();
    LocalDate today = LocalDate.now(TEAM_ZONE);
    int n = 0;
    for (int project = 0; project < projects; project++) {
      if (project % 200 == 0) {
        System.out.printf("seeding project %,d of %,d%n", project + 1, projects);
      }
      String code = String.format(Locale.ROOT, "PK-B%05d", project + 1);
      String subject = "基准项目 Benchmark " + (project + 1);
      String processInstanceId = id();
      Map<String, Object> instance = new LinkedHashMap<>(offered.processInstance());
      // A process instance with concurrent tasks is inactive itself; each task has its own concurrent execution.
      instance.putAll(Map.of("ID_", processInstanceId, "PROC_INST_ID_", processInstanceId,
          "ROOT_PROC_INST_ID_", processInstanceId, "BUSINESS_KEY_", code, "IS_ACTIVE_", false, "ACT_INST_ID_", processInstanceId));
      instance.put("ACT_ID_", null);
      add("ACT_RU_EXECUTION", instance);
      for (Map<String, Object> variable : offered.processVariables()) {
        add("ACT_RU_VARIABLE", copyVariable(variable, processInstanceId, processInstanceId, null, code, subject));
      }
      for (int k = 0; k < TASKS_PER_PROJECT; k++, n++) {
        // 2 in 50 tasks are lina's, 2 in 50 wangwei's; the others wait for someone of operations to claim them.
        String assignee = k % 25 == 0 ? "lina" : k % 25 == 1 ? "wangwei" : null;
        TemplateTask template = assignee == null ? offered : claimed;
        String taskId = id();
        String executionId = id();
        Map<String, Object> execution = new LinkedHashMap<>(offered.processInstance());
        execution.putAll(Map.of("ID_", executionId, "PARENT_ID_", processInstanceId, "PROC_INST_ID_", processInstanceId,
            "ROOT_PROC_INST_ID_", processInstanceId, "IS_CONCURRENT_", true, "IS_SCOPE_", false, "IS_ACTIVE_", true,
            "ACT_INST_ID_", offered.task().get("TASK_DEF_KEY_") + ":" + id()));
        execution.put("BUSINESS_KEY_", null);
        add("ACT_RU_EXECUTION", execution);
        Map<String, Object> task = new LinkedHashMap<>(template.task());
        String name = (String) task.get("NAME_");
        String description = (String) task.get("DESCRIPTION_");
        task.putAll(Map.of("ID_", taskId, "EXECUTION_ID_", executionId, "PROC_INST_ID_", processInstanceId,
            "NAME_", name.substring(0, name.lastIndexOf(' ') + 1) + code,
            "DESCRIPTION_", code + " · " + subject + description.substring(description.indexOf('\n')),
            // Newest first across three months; due dates from 20 days ago to 19 days ahead, one day's share today.
            "CREATE_TIME_", Timestamp.from(now.minusSeconds(77L * n)),
            "DUE_DATE_", Timestamp.from(today.plusDays(n % 40 - 20).atTime(LocalTime.of(18, 0)).atZone(TEAM_ZONE).toInstant())));
        task.put("ASSIGNEE_", assignee);
        add("ACT_RU_TASK", task);
        for (Map<String, Object> link : template.identityLinks()) {
          add("ACT_RU_IDENTITYLINK", copy(link, Map.of("ID_", id(), "TASK_ID_", taskId)));
        }
        for (Map<String, Object> authorization : template.authorizations()) {
          Map<String, Object> granted = copy(authorization, Map.of("ID_", id(), "RESOURCE_ID_", taskId));
          if (granted.get("USER_ID_") != null) {
            granted.put("USER_ID_", assignee);
          }
          if (granted.get("ROOT_PROC_INST_ID_") != null) {
            granted.put("ROOT_PROC_INST_ID_", processInstanceId);
          }
          add("ACT_RU_AUTHORIZATION", granted);
        }
        for (Map<String, Object> variable : template.taskVariables()) {
          add("ACT_RU_VARIABLE", copyVariable(variable, executionId, processInstanceId, taskId, code, subject));
        }
      }
    }
    for (Batch batch : batches.values()) {
      batch.flush();
    }
    connection.commit();
    if (connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
      connection.setAutoCommit(true);
      try (var statement = connection.createStatement()) {
        statement.execute("ANALYZE");
      }
    }
    return new Counts(count("select count(*) from ACT_RU_EXECUTION where PARENT_ID_ is null"),
        count("select count(*) from ACT_RU_TASK"), count("select count(*) from ACT_RU_TASK where ASSIGNEE_ = 'lina'"));
  }

  private Map<String, Object> copyVariable(Map<String, Object> variable, String executionId, String processInstanceId,
      String taskId, String code, String subject) {
    if (variable.get("BYTEARRAY_ID_") != null) {
      throw new IllegalStateException("A template variable is stored as bytes, not copied here: " + variable.get("NAME_"));
    }
    Map<String, Object> copy = copy(variable, Map.of("ID_", id(), "EXECUTION_ID_", executionId,
        "PROC_INST_ID_", processInstanceId, "VAR_SCOPE_", taskId == null ? processInstanceId : taskId));
    copy.put("TASK_ID_", taskId);
    switch ((String) variable.get("NAME_")) {
      case "projectCode" -> copy.put("TEXT_", code);
      case "projectSubject", "projectName" -> copy.put("TEXT_", subject);
      default -> { }
    }
    return copy;
  }

  private static Map<String, Object> copy(Map<String, Object> row, Map<String, Object> changes) {
    Map<String, Object> copy = new LinkedHashMap<>(row);
    copy.putAll(changes);
    return copy;
  }

  private void add(String table, Map<String, Object> row) throws SQLException {
    Batch batch = batches.get(table);
    if (batch == null) {
      batch = new Batch(table, List.copyOf(row.keySet()));
      batches.put(table, batch);
    }
    if (batch.add(row) == BATCH) {
      // All tables at once, in the order first used: a task's execution is written before the task. Committed in
      // slices: one transaction of 700,000 rows grows H2's file to gigabytes.
      for (Batch each : batches.values()) {
        each.flush();
      }
      connection.commit();
    }
  }

  private record TemplateTask(Map<String, Object> task, Map<String, Object> processInstance,
      List<Map<String, Object>> processVariables, List<Map<String, Object>> identityLinks,
      List<Map<String, Object>> authorizations, List<Map<String, Object>> taskVariables) {}

  private TemplateTask read(String taskId) throws SQLException {
    Map<String, Object> task = rows("select * from ACT_RU_TASK where ID_ = ?", taskId).get(0);
    String processInstanceId = (String) task.get("PROC_INST_ID_");
    if (!processInstanceId.equals(task.get("EXECUTION_ID_"))) {
      throw new IllegalStateException("The template task is expected on its process instance's own execution");
    }
    return new TemplateTask(task, rows("select * from ACT_RU_EXECUTION where ID_ = ?", processInstanceId).get(0),
        rows("select * from ACT_RU_VARIABLE where PROC_INST_ID_ = ? and TASK_ID_ is null", processInstanceId),
        rows("select * from ACT_RU_IDENTITYLINK where TASK_ID_ = ?", taskId),
        rows("select * from ACT_RU_AUTHORIZATION where RESOURCE_ID_ = ?", taskId),
        rows("select * from ACT_RU_VARIABLE where TASK_ID_ = ?", taskId));
  }

  private List<Map<String, Object>> rows(String sql, String parameter) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet result = statement.executeQuery()) {
        ResultSetMetaData columns = result.getMetaData();
        List<Map<String, Object>> rows = new ArrayList<>();
        while (result.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= columns.getColumnCount(); i++) {
            row.put(columns.getColumnLabel(i).toUpperCase(Locale.ROOT), result.getObject(i));
          }
          rows.add(row);
        }
        return rows;
      }
    }
  }

  private long count(String sql) throws SQLException {
    try (var statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getLong(1);
    }
  }

  private static String id() {
    return UUID.randomUUID().toString();
  }

  /** Rows of one table sent in batches. */
  private final class Batch {
    private final List<String> columns;
    private final PreparedStatement statement;
    private int pending;

    Batch(String table, List<String> columns) throws SQLException {
      this.columns = columns;
      this.statement = connection.prepareStatement("insert into " + table + " (" + String.join(", ", columns)
          + ") values (" + String.join(", ", columns.stream().map(column -> "?").toList()) + ")");
    }

    /** The number of rows waiting. */
    int add(Map<String, Object> row) throws SQLException {
      for (int i = 0; i < columns.size(); i++) {
        statement.setObject(i + 1, row.get(columns.get(i)));
      }
      statement.addBatch();
      return ++pending;
    }

    void flush() throws SQLException {
      if (pending > 0) {
        statement.executeBatch();
        pending = 0;
      }
    }
  }
}
