package io.xborder.sop.identity;

import io.xborder.sop.projects.ProjectVariables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The four filters everyone has in Tasklist. Expressions are evaluated when the filter is opened,
 * for the person opening it; "today" is the team's day ({@code xborder.working-time.zone}), not the server's.
 */
final class TasklistFilters {

  static final String VARIABLES = "variables";
  static final String DESCRIPTION = "description";

  /** Each task in the list says which project it serves (the variables every project carries). */
  static final List<Map<String, String>> PROJECT_COLUMNS = List.of(
      Map.of("name", ProjectVariables.PROJECT_CODE, "label", "项目编号 Project code"),
      Map.of("name", ProjectVariables.PROJECT_SUBJECT, "label", "项目 Project"));

  /**
   * A filter's name is data shown to everyone, whatever their browser's language: Chinese first for staff,
   * the English part for agencies. {@code formerName} is the English-only name databases made before may carry.
   */
  record Definition(String name, String formerName, TaskQuery query, Map<String, Object> properties) {}

  private TasklistFilters() {}

  static List<Definition> all(TaskService tasks) {
    List<Definition> filters = new ArrayList<>();
    add(filters, "我的任务 My tasks", "My tasks", "分配给我的任务 Tasks assigned to me", -10,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    add(filters, "组内待认领 My group tasks", "My group tasks",
        "我所在组可认领、尚无负责人的任务 Unclaimed tasks offered to my groups", -5,
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
    add(filters, "今日到期 Due today", "Due today", "今天到期的任务 Tasks I can see that fall due today", 0,
        tasks.createTaskQuery()
            .dueAfterExpression("${teamDateTime().withTimeAtStartOfDay().minusMillis(1).toDate()}")
            .dueBeforeExpression("${teamDateTime().withTimeAtStartOfDay().plusDays(1).toDate()}"));
    add(filters, "已逾期 Overdue", "Overdue", "已过截止日期的任务 Tasks I can see that are past their due date", 5,
        tasks.createTaskQuery().dueBeforeExpression("${now()}"));
    return filters;
  }

  private static void add(List<Definition> filters, String name, String formerName, String description, int priority,
      TaskQuery query) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(DESCRIPTION, description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put(VARIABLES, PROJECT_COLUMNS);
    filters.add(new Definition(name, formerName, query, properties));
  }
}
