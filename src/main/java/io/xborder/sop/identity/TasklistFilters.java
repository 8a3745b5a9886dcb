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

  /** Each task in the list says which project it serves (the variables every project carries). */
  static final List<Map<String, String>> PROJECT_COLUMNS = List.of(
      Map.of("name", ProjectVariables.PROJECT_CODE, "label", "项目编号 Project code"),
      Map.of("name", ProjectVariables.PROJECT_SUBJECT, "label", "项目 Project"));

  record Definition(String name, TaskQuery query, Map<String, Object> properties) {}

  private TasklistFilters() {}

  static List<Definition> all(TaskService tasks) {
    List<Definition> filters = new ArrayList<>();
    add(filters, "My tasks", "Tasks assigned to me", -10,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    add(filters, "My group tasks", "Unclaimed tasks offered to my groups", -5,
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
    add(filters, "Due today", "Tasks I can see that fall due today", 0,
        tasks.createTaskQuery()
            .dueAfterExpression("${teamDateTime().withTimeAtStartOfDay().minusMillis(1).toDate()}")
            .dueBeforeExpression("${teamDateTime().withTimeAtStartOfDay().plusDays(1).toDate()}"));
    add(filters, "Overdue", "Tasks I can see that are past their due date", 5,
        tasks.createTaskQuery().dueBeforeExpression("${now()}"));
    return filters;
  }

  private static void add(List<Definition> filters, String name, String description, int priority, TaskQuery query) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put(VARIABLES, PROJECT_COLUMNS);
    filters.add(new Definition(name, query, properties));
  }
}
