package io.xborder.sop.projects;

import static io.xborder.sop.projects.ProjectVariables.PROJECT_OWNER;

import io.xborder.sop.identity.Role;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;

/**
 * A project is owned by a member of the team: the owner receives its first tasks and its mails, so a
 * typo ("nobody") or an outside agency would leave the project with no one. Refused at the start with
 * the people who may own it, in Chinese and English, since the start form is the staff's.
 */
final class ProjectOwners {

  /** The internal groups whose members may own a project; agencies and systems may not. */
  static final List<Role> OWNER_ROLES = List.of(Role.OPERATIONS, Role.DESIGN, Role.PURCHASING, Role.FINANCE,
      Role.COMPLIANCE, Role.SUPERVISORS, Role.MANAGERS);

  private static final int CHOICES_SHOWN = 30;

  private ProjectOwners() {}

  static void check(DelegateExecution execution) {
    if (!(execution.getVariable(PROJECT_OWNER) instanceof String owner)) {
      return; // templates without an owner, or one the start form requires anyway
    }
    IdentityService identity = execution.getProcessEngineServices().getIdentityService();
    boolean member = identity.createGroupQuery().groupMember(owner).list().stream()
        .anyMatch(group -> OWNER_ROLES.stream().anyMatch(role -> role.groupId().equals(group.getId())));
    if (!member) {
      String choices = choices(identity);
      throw new ProjectStartRefused("项目负责人“" + owner + "”不是本团队成员，请从以下人员中选择：" + choices
          + " / The project owner '" + owner + "' is not a member of the team; choose one of: " + choices);
    }
  }

  private static String choices(IdentityService identity) {
    Set<String> people = new TreeSet<>();
    for (Role role : OWNER_ROLES) {
      for (User user : identity.createUserQuery().memberOfGroup(role.groupId()).list()) {
        // Family name first, as the team says it: Li Na.
        String name = ((user.getLastName() == null ? "" : user.getLastName()) + " "
            + (user.getFirstName() == null ? "" : user.getFirstName())).strip();
        people.add(name.isEmpty() ? user.getId() : user.getId() + "（" + name + "）");
      }
    }
    return people.stream().limit(CHOICES_SHOWN).collect(Collectors.joining("、"));
  }
}
