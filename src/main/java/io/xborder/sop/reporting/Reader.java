package io.xborder.sop.reporting;

import io.xborder.sop.identity.Role;
import io.xborder.sop.system.Caller;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;

/** Who reads a report, and so what they may see: managers everything, supervisors their groups, staff their own row. */
record Reader(String userId, Set<String> groups) {

  private static final List<String> STAFF = List.of(Role.OPERATIONS.groupId(), Role.DESIGN.groupId(),
      Role.PURCHASING.groupId(), Role.FINANCE.groupId(), Role.COMPLIANCE.groupId());

  static Reader of(Caller caller) {
    return new Reader(caller.userId(), caller.groups());
  }

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

  /** The people report has a scope for them: everyone, their supervised groups, or their own row. */
  boolean readsPeople() {
    return watchesProjects() || isStaff();
  }
}
