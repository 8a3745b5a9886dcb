package io.xborder.sop.identity;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** Permissions on one resource ({@code "*"} for all of its kind) given to a role's group. */
record Grant(Resource resource, String resourceId, List<Permission> permissions) {

  static Grant on(Resource resource, Permission... permissions) {
    return new Grant(resource, "*", List.of(permissions));
  }

  static Grant on(Resource resource, String resourceId, Permission... permissions) {
    return new Grant(resource, resourceId, List.of(permissions));
  }
}
