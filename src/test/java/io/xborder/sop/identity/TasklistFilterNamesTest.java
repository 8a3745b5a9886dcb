package io.xborder.sop.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformTest;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A database made before the shared filters had Chinese names gets them at the next start, never twice. */
@PlatformTest
class TasklistFilterNamesTest {

  private static final String NAME = "我的任务 My tasks";
  private static final String FORMER_NAME = "My tasks";

  @Autowired
  ProcessEngine engine;

  @Autowired
  OrganisationRoles organisationRoles;

  @Test
  void aFilterOfTheFormerEnglishNameIsRenamedInPlaceAtStart() {
    FilterService filters = engine.getFilterService();
    Filter shared = filters.createTaskFilterQuery().filterName(NAME).singleResult();
    filters.saveFilter(shared.setName(FORMER_NAME));
    try {
      organisationRoles.postProcessEngineBuild(engine);

      assertThat(filters.createTaskFilterQuery().filterName(FORMER_NAME).count()).isZero();
      Filter renamed = filters.createTaskFilterQuery().filterName(NAME).singleResult();
      assertThat(renamed.getId()).as("the same filter, its authorizations and columns kept").isEqualTo(shared.getId());
      assertThat(renamed.getProperties().get("description")).isEqualTo("分配给我的任务 Tasks assigned to me");
    } finally {
      filters.saveFilter(filters.getFilter(shared.getId()).setName(NAME));
    }
  }

  @Test
  void aFilterOfTheNewNameStaysAndNoSecondOneIsMade() {
    FilterService filters = engine.getFilterService();
    Filter administratorsOwn = filters.newTaskFilter(FORMER_NAME).setQuery(engine.getTaskService().createTaskQuery());
    filters.saveFilter(administratorsOwn);
    try {
      organisationRoles.postProcessEngineBuild(engine);

      assertThat(filters.createTaskFilterQuery().filterName(NAME).count()).isEqualTo(1);
      assertThat(filters.createTaskFilterQuery().filterName(FORMER_NAME).count()).isEqualTo(1);
    } finally {
      filters.deleteFilter(administratorsOwn.getId());
    }
  }

  @Test
  void everySharedFilterNameIsChineseFirstWithTheEnglishPartForAgencies() {
    assertThat(engine.getFilterService().createTaskFilterQuery().list()).extracting(Filter::getName)
        .contains("我的任务 My tasks", "组内待认领 My group tasks", "今日到期 Due today", "已逾期 Overdue")
        .doesNotContain("My tasks", "My group tasks", "Due today", "Overdue");
  }
}
