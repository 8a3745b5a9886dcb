package io.xborder.sop.sla;

import static io.xborder.sop.kickoff.ProjectKickoff.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.xborder.sop.PlatformTest;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The SLA's due dates are what Tasklist's shared "今日到期 Due today" and "已逾期 Overdue" filters show, for the person opening them. */
@PlatformTest
class DueDateFiltersTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Autowired
  ProcessEngine engine;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void aTaskCreatedThisMorningIsDueTodayAndTomorrowItIsOverdue() {
    Task task = kickoffTaskOfAProjectStartedAt(at(2026, 11, 23, 9, 0));
    assertThat(task.getDueDate()).isEqualTo(at(2026, 11, 23, 18, 0));

    assertThat(taskIds("今日到期 Due today")).contains(task.getId());
    assertThat(taskIds("已逾期 Overdue")).doesNotContain(task.getId());

    ClockUtil.setCurrentTime(at(2026, 11, 24, 10, 0));
    assertThat(taskIds("今日到期 Due today")).doesNotContain(task.getId());
    assertThat(taskIds("已逾期 Overdue")).contains(task.getId());
  }

  @Test
  void dueTodayIsTheTeamsDayEvenWhereTheServersDateIsStillYesterday() {
    // 07:30 in Shanghai is 23:30 of the day before in UTC, the build's server zone.
    Task task = kickoffTaskOfAProjectStartedAt(at(2026, 11, 23, 7, 30));
    assertThat(task.getDueDate()).isEqualTo(at(2026, 11, 23, 18, 0));

    assertThat(taskIds("今日到期 Due today")).contains(task.getId());

    ClockUtil.setCurrentTime(at(2026, 11, 22, 23, 0));
    assertThat(taskIds("今日到期 Due today")).as("the evening before, in Shanghai").doesNotContain(task.getId());
  }

  /** Starts a project kickoff at {@code now} and returns its first task, then acts as lina of operations, to whom it is offered. */
  private Task kickoffTaskOfAProjectStartedAt(Date now) {
    ClockUtil.setCurrentTime(now);
    String projectKey = "KO-FILTER-" + UUID.randomUUID();
    engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, projectKey,
        withVariables(PROJECT_NAME, "TikTok Shop UK", PLATFORM, "tiktok-shop", SITE, "UK", GOAL, "Open the UK shop"));
    engine.getIdentityService().setAuthentication("lina", List.of("operations"));
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(projectKey).singleResult();
  }

  private List<String> taskIds(String filterName) {
    var filters = engine.getFilterService();
    String filterId = filters.createTaskFilterQuery().filterName(filterName).singleResult().getId();
    return filters.<Task>list(filterId).stream().map(Task::getId).toList();
  }

  private static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SHANGHAI).toInstant());
  }
}
