package io.xborder.sop.reporting;

import io.xborder.sop.identity.Role;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;

/** Who reads a report, and so what they may see: managers everything, supervisors their groups, staff their own row. */
record Reader(String userId, Set<String> groups) {

  private static final List<String> STAFF = List.of(Role.OPERATIONS.groupId(), Role.DESIGN.groupId(),
      Role.PURCHASING.groupId(), Role.FINANCE.groupId(), Role.COMPLIANCE.groupId());

  boolean seesEverything() {
    return groups.contains(Role.MANAGERS.groupId()) || groups.contains(Groups.CAMUNDA_ADMIN);
  }

  boolean isSupervisor() {
    return groups.contains(Role.SUPERVISORS.groupId());
  }

  /** Project health and audit are for those who watch projects; staff and agencies get only their own KPIs or nothing. */
  boolean watchesProjects() {
    return seesEverything() || isSupervisor();
  }

  boolean isStaff() {
    return STAFF.stream().anyMatch(groups::contains);
  }
}
