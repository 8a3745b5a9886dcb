package io.xborder.sop.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import io.xborder.sop.PlatformTest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two nodes that started together before start-up took turns left "My tasks" twice (under its former or its present name); the next start repairs it. */
@PlatformTest
class DoubledFiltersTest {

  private static final String NAME = "我的任务 My tasks";
  private static final String FORMER_NAME = "My tasks";

  @Autowired ProcessEngine engine;
  @Autowired OrganisationRoles organisationRoles;

  @Test
  void theNextStartKeepsTheOldestFilterAndMovesTheDoublesAuthorizationsToIt() {
    Filter original = myTasks().get(0);
    Filter doubled = engine.getFilterService().saveFilter(engine.getFilterService().newTaskFilter(original.getName())
        .setQuery(engine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}")));
    Authorization sunhaoEdits = engine.getAuthorizationService().createNewAuthorization(AUTH_TYPE_GRANT);
    sunhaoEdits.setUserId("sunhao");
    sunhaoEdits.setResource(Resources.FILTER);
    sunhaoEdits.setResourceId(doubled.getId());
    sunhaoEdits.addPermission(Permissions.UPDATE);
    engine.getAuthorizationService().saveAuthorization(sunhaoEdits);
    assertThat(myTasks()).hasSize(2);

    organisationRoles.postProcessEngineBuild(engine);

    assertThat(myTasks()).extracting(Filter::getId).containsExactly(original.getId());
    List<Authorization> moved = engine.getAuthorizationService().createAuthorizationQuery()
        .resourceType(Resources.FILTER).resourceId(original.getId()).userIdIn("sunhao").list();
    assertThat(moved).singleElement().satisfies(authorization ->
        assertThat(authorization.isPermissionGranted(Permissions.UPDATE)).isTrue());
    engine.getAuthorizationService().deleteAuthorization(moved.get(0).getId());
  }

  @Test
  void aFormerEnglishFilterLeftTwiceIsRenamedOnceAndItsDoubleRemoved() {
    Filter shared = myTasks().get(0);
    engine.getFilterService().saveFilter(shared.setName(FORMER_NAME));
    Filter doubled = engine.getFilterService().saveFilter(engine.getFilterService().newTaskFilter(FORMER_NAME)
        .setQuery(engine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}")));

    organisationRoles.postProcessEngineBuild(engine);

    assertThat(myTasks()).extracting(Filter::getId).containsExactly(shared.getId());
    assertThat(engine.getFilterService().createTaskFilterQuery().filterName(FORMER_NAME).count()).isZero();
    assertThat(engine.getFilterService().getFilter(doubled.getId())).isNull();
  }

  private List<Filter> myTasks() {
    return engine.getFilterService().createTaskFilterQuery().filterName(NAME).list();
  }
}
