package io.xborder.sop.projects;

import io.xborder.sop.forms.StartFormValues;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The start forms' project owner is chosen from the people who may own a project, by name
 * ("Li Na (lina)"): a start form's select with {@code "valuesKey": "projectOwnerChoices"}.
 */
@Component
class ProjectOwnerChoices implements StartFormValues {

  private final IdentityService identity;

  ProjectOwnerChoices(ProcessEngine engine) {
    this.identity = engine.getIdentityService();
  }

  @Override
  public String name() {
    return "projectOwnerChoices";
  }

  /** Asked as the platform: the person starting may not be allowed to list the team, yet chooses from it. */
  @Override
  public List<Map<String, String>> options() {
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return ProjectOwners.owners(identity).entrySet().stream()
          .map(owner -> Map.of("value", owner.getKey(),
              "label", owner.getValue().isEmpty() ? owner.getKey() : owner.getValue() + " (" + owner.getKey() + ")"))
          .toList();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
