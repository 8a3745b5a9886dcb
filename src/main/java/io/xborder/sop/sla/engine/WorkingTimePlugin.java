package io.xborder.sop.sla.engine;

import io.xborder.sop.sla.WorkingTimeCalendar;
import io.xborder.sop.sla.WorkingTimeSettings;
import io.xborder.sop.system.PlatformClock;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the engine count due dates and timer durations in working time. Camunda has no working-hours
 * calendar; its business calendars are internal API, replaced here as a whole (cycles keep Camunda's own).
 * Also gives expressions {@code teamDateTime()}, now in the team's zone ({@link TeamDateTime}).
 */
@Configuration
@EnableConfigurationProperties(WorkingTimeSettings.class)
class WorkingTimePlugin extends AbstractProcessEnginePlugin {

  private final WorkingTimeCalendar calendar;
  private final PlatformClock clock;

  WorkingTimePlugin(WorkingTimeSettings settings, PlatformClock clock) {
    this.calendar = new WorkingTimeCalendar(settings);
    this.clock = clock;
  }

  @Bean
  WorkingTimeCalendar workingTimeCalendar() {
    return calendar;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    WorkingTimeBusinessCalendar workingTime = new WorkingTimeBusinessCalendar(calendar, clock);
    MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
    calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME, workingTime);
    calendars.addBusinessCalendar(DurationBusinessCalendar.NAME, workingTime);
    calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
    configuration.setBusinessCalendarManager(calendars);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getExpressionManager().addFunction(TeamDateTime.FUNCTION,
        ReflectUtil.getMethod(TeamDateTime.class, TeamDateTime.FUNCTION));
  }
}
