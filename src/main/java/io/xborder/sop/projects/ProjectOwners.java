package io.xborder.sop.projects;

import static io.xborder.sop.projects.ProjectVariables.PROJECT_OWNER;

import io.xborder.sop.identity.Role;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
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
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

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
    return owners(identity).entrySet().stream().limit(CHOICES_SHOWN)
        .map(owner -> owner.getValue().isEmpty() ? owner.getKey() : owner.getKey() + "（" + owner.getValue() + "）")
        .collect(Collectors.joining("、"));
  }

  /** The people who may own a project, by user id, each with the name the team says (family name first: Li Na). */
  static SortedMap<String, String> owners(IdentityService identity) {
    SortedMap<String, String> people = new TreeMap<>();
    for (Role role : OWNER_ROLES) {
      for (User user : identity.createUserQuery().memberOfGroup(role.groupId()).list()) {
        String family = user.getLastName() == null ? "" : user.getLastName();
        String given = user.getFirstName() == null ? "" : user.getFirstName();
        // Chinese names are written without a space: 李娜; Li Na in Latin letters.
        String separator = HAN.matcher(family + given).find() ? "" : " ";
        people.put(user.getId(), (family + separator + given).strip());
      }
    }
    return people;
  }
}
