package io.xborder.sop.identity;

import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;

/**
 * The role model: one group per role and the least it needs. Tasks are not granted here: the
 * engine grants a task to its assignee and candidate groups when it offers it, so staff and agencies
 * see exactly the work that is theirs.
 */
public enum Role {
  OPERATIONS("operations", "运营", "Operations", staff()),
  DESIGN("design", "设计", "Design", staff()),
  PURCHASING("purchasing", "采购", "Purchasing", staff()),
  FINANCE("finance", "财务", "Finance", staff()),
  COMPLIANCE("compliance", "法务合规", "Legal and compliance", staff()),
  SUPERVISORS("supervisors", "主管（一级审批）", "Supervisors (first-level sign-off)", oversight()),
  MANAGERS("managers", "经理（二级审批）", "Managers (second-level sign-off)", oversight()),
  ANALYSTS("analysts", "流程分析师", "Process analysts", analyst()),
  // Agencies read English only (see README, Languages in templates).
  AGENCY_PHOTO("agency-photo", null, "Photo agency (outside guest)", guest()),
  AGENCY_CREATOR("agency-creator", null, "Content creators (outside guests)", guest()),
  AGENCY_COMPLIANCE("agency-compliance", null, "Compliance agents and representatives (outside guests)", guest()),
  INTEGRATIONS("integrations", "对接系统", "Systems that report events (ERP)", integration());

  private final String groupId;
  private final String chineseName;
  private final String englishName;
  private final List<Grant> grants;

  Role(String groupId, String chineseName, String englishName, List<Grant> grants) {
    this.groupId = groupId;
    this.chineseName = chineseName;
    this.englishName = englishName;
    this.grants = grants;
  }

  public String groupId() {
    return groupId;
  }

  /** The name Tasklist shows beside a task offered to the group: Chinese first, the English part for agencies. */
  public String groupName() {
    return chineseName == null ? englishName : chineseName + " " + englishName;
  }

  /** The English-only name groups were created with before their names read Chinese. */
  String formerGroupName() {
    return englishName;
  }

  List<Grant> grants() {
    return grants;
  }

  /** Whether one of these groups is an outside agency's: guests see their own tasks' forms and nothing more. */
  public static boolean isGuest(Collection<String> groupIds) {
    return Stream.of(AGENCY_PHOTO, AGENCY_CREATOR, AGENCY_COMPLIANCE).map(Role::groupId).anyMatch(groupIds::contains);
  }

  /** Outside agencies: Tasklist, and through it only the tasks offered to their group. */
  private static List<Grant> guest() {
    return List.of(Grant.on(APPLICATION, "tasklist", Permissions.ACCESS));
  }

  /**
   * A system like the ERP delivers events and nothing else. It does so at the platform's own events
   * endpoint ({@code io.xborder.sop.integrations}), which correlates them as the platform itself, so
   * the group needs no engine permission at all.
   */
  private static List<Grant> integration() {
    return List.of();
  }

  /** Staff start projects from Tasklist and work on the tasks offered to them; they cannot change templates. */
  private static List<Grant> staff() {
    List<Grant> grants = new ArrayList<>(guest());
    grants.add(Grant.on(PROCESS_DEFINITION, ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE));
    grants.add(Grant.on(PROCESS_INSTANCE, Permissions.CREATE));
    grants.add(Grant.on(USER, Permissions.READ));
    grants.add(Grant.on(GROUP, Permissions.READ));
    return List.copyOf(grants);
  }

  /** Supervisors and managers watch every project in Cockpit and hand work to someone else when it stalls. */
  private static List<Grant> oversight() {
    List<Grant> grants = new ArrayList<>(staff());
    grants.add(Grant.on(APPLICATION, "cockpit", Permissions.ACCESS));
    grants.add(Grant.on(PROCESS_DEFINITION, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK));
    grants.add(Grant.on(PROCESS_INSTANCE, Permissions.READ));
    grants.add(Grant.on(TASK, TaskPermissions.READ, TaskPermissions.TASK_ASSIGN));
    grants.add(Grant.on(DECISION_DEFINITION, Permissions.READ));
    grants.add(Grant.on(DECISION_REQUIREMENTS_DEFINITION, Permissions.READ));
    grants.add(Grant.on(DEPLOYMENT, Permissions.READ));
    return List.copyOf(grants);
  }

  /** Analysts deploy templates from Modeler and try them out; they do not do the staff's tasks. */
  private static List<Grant> analyst() {
    List<Grant> grants = new ArrayList<>(staff());
    grants.add(Grant.on(APPLICATION, "cockpit", Permissions.ACCESS));
    grants.add(Grant.on(DEPLOYMENT, Permissions.CREATE, Permissions.READ, Permissions.DELETE));
    grants.add(Grant.on(PROCESS_DEFINITION, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.SUSPEND));
    grants.add(Grant.on(PROCESS_INSTANCE, Permissions.READ));
    grants.add(Grant.on(DECISION_DEFINITION, Permissions.READ, Permissions.CREATE_INSTANCE, Permissions.READ_HISTORY));
    grants.add(Grant.on(DECISION_REQUIREMENTS_DEFINITION, Permissions.READ));
    return List.copyOf(grants);
  }
}
