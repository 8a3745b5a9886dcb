package io.xborder.sop.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import io.xborder.sop.system.StartUpStep;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates each role's group with its authorizations, and the shared Tasklist filters, when they are
 * missing. What exists is left alone, so an administrator's later changes in Camunda Admin stand.
 */
@Component
@Order(OrganisationRoles.ORDER)
class OrganisationRoles implements StartUpStep {

  static final int ORDER = 10;
  static final String GROUP_TYPE = "WORKFLOW";

  private static final Logger log = LoggerFactory.getLogger(OrganisationRoles.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    for (Role role : Role.values()) {
      if (engine.getIdentityService().createGroupQuery().groupId(role.groupId()).count() == 0) {
        createGroup(engine.getIdentityService(), role);
        grant(engine.getAuthorizationService(), role);
        log.info("Created group '{}' with its authorizations", role.groupId());
      } else {
        nameInChinese(engine.getIdentityService(), role);
      }
    }
    TasklistFilters.all(engine.getTaskService()).forEach(filter -> createFilter(engine, filter));
  }

  private static void createGroup(IdentityService identity, Role role) {
    Group group = identity.newGroup(role.groupId());
    group.setName(role.groupName());
    group.setType(GROUP_TYPE);
    identity.saveGroup(group);
  }

  /** A group still named as first created gets its bilingual name; a name an administrator chose stands. */
  private static void nameInChinese(IdentityService identity, Role role) {
    Group group = identity.createGroupQuery().groupId(role.groupId()).singleResult();
    if (group != null && role.formerGroupName().equals(group.getName()) && !role.groupName().equals(group.getName())) {
      group.setName(role.groupName());
      identity.saveGroup(group);
      log.info("Renamed group '{}' to '{}'", role.groupId(), role.groupName());
    }
  }

  /** The engine allows one authorization per group and resource, so grants on the same resource are merged. */
  private static void grant(AuthorizationService authorizations, Role role) {
    Map<String, Authorization> byResource = new LinkedHashMap<>();
    for (Grant grant : role.grants()) {
      Authorization authorization = byResource.computeIfAbsent(
          grant.resource().resourceName() + "/" + grant.resourceId(), key -> {
            Authorization created = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            created.setGroupId(role.groupId());
            created.setResource(grant.resource());
            created.setResourceId(grant.resourceId());
            return created;
          });
      grant.permissions().forEach(authorization::addPermission);
    }
    byResource.values().forEach(authorizations::saveAuthorization);
  }

  /** Filters made before tasks carried their project get its columns; columns an administrator chose stand. */
  private static void showProjectColumns(ProcessEngine engine, Filter filter) {
    Map<String, Object> properties = filter.getProperties() == null ? new LinkedHashMap<>()
        : new LinkedHashMap<>(filter.getProperties());
    if (properties.get(TasklistFilters.VARIABLES) instanceof Collection<?> columns && !columns.isEmpty()) {
      return;
    }
    properties.put(TasklistFilters.VARIABLES, TasklistFilters.PROJECT_COLUMNS);
    engine.getFilterService().saveFilter(filter.setProperties(properties));
  }

  /**
   * A database made before the filters had Chinese names has them under their English names: renamed in place,
   * so their id, columns and an administrator's changes stay. Never a second filter of the new name.
   */
  private static void renameFormerFilter(ProcessEngine engine, TasklistFilters.Definition definition) {
    if (engine.getFilterService().createTaskFilterQuery().filterName(definition.name()).count() > 0) {
      return;
    }
    List<Filter> formerOnes = engine.getFilterService().createTaskFilterQuery().filterName(definition.formerName()).list();
    if (formerOnes.isEmpty()) {
      return;
    }
    // Nodes that once started together may have left the former filter twice: one is renamed, the doubles go.
    Filter former = DoubledFilters.keepOldest(engine, formerOnes);
    Map<String, Object> properties = former.getProperties() == null ? new LinkedHashMap<>()
        : new LinkedHashMap<>(former.getProperties());
    properties.put(TasklistFilters.DESCRIPTION, definition.properties().get(TasklistFilters.DESCRIPTION));
    engine.getFilterService().saveFilter(former.setName(definition.name()).setProperties(properties));
    log.info("Renamed the Tasklist filter '{}' to '{}'", definition.formerName(), definition.name());
  }

  private static void createFilter(ProcessEngine engine, TasklistFilters.Definition definition) {
    renameFormerFilter(engine, definition);
    List<Filter> existing = engine.getFilterService().createTaskFilterQuery().filterName(definition.name()).list();
    if (!existing.isEmpty()) {
      showProjectColumns(engine, DoubledFilters.keepOldest(engine, existing));
      return;
    }
    Filter filter = engine.getFilterService().newTaskFilter(definition.name())
        .setQuery(definition.query())
        .setProperties(definition.properties());
    engine.getFilterService().saveFilter(filter);
    Authorization everyone = engine.getAuthorizationService().createNewAuthorization(AUTH_TYPE_GLOBAL);
    everyone.setUserId(Authorization.ANY);
    everyone.setResource(Resources.FILTER);
    everyone.setResourceId(filter.getId());
    everyone.addPermission(Permissions.READ);
    engine.getAuthorizationService().saveAuthorization(everyone);
  }
}
