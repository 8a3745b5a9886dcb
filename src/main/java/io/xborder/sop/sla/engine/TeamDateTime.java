package io.xborder.sop.sla.engine;

import io.xborder.sop.system.PlatformClock;
import java.util.TimeZone;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.joda.time.DateTime;
import org.joda.time.DateTimeZone;

/**
 * The expression function {@code teamDateTime()}: Camunda's {@code dateTime()} (now, as a Joda
 * {@code DateTime}) in the team's time zone ({@code xborder.working-time.zone}) instead of the
 * server's, so that {@code ${teamDateTime().withTimeAtStartOfDay()}} is the start of the team's
 * day wherever the server runs. Registered by {@link WorkingTimePlugin}.
 */
public final class TeamDateTime {

  public static final String FUNCTION = "teamDateTime";
  /** Expression functions are static methods, so the clock is made here rather than injected. */
  private static final PlatformClock CLOCK = new PlatformClock();

  private TeamDateTime() {}

  /** Now in the team's zone; outside a running engine command (no configuration to ask), in the server's. */
  public static DateTime teamDateTime() {
    ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
    DateTimeZone zone = configuration != null
        && configuration.getBusinessCalendarManager().getBusinessCalendar(DueDateBusinessCalendar.NAME)
            instanceof WorkingTimeBusinessCalendar workingTime
        ? DateTimeZone.forTimeZone(TimeZone.getTimeZone(workingTime.zone()))
        : DateTimeZone.getDefault();
    return new DateTime(CLOCK.date(), zone);
  }
}
