package io.xborder.sop.sla.engine;

import io.xborder.sop.sla.WorkingTimeCalendar;
import io.xborder.sop.system.PlatformClock;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's calendar for due dates and timer durations: an ISO duration ({@code PT4H},
 * {@code P2D}, {@code P1DT2H}) is working time from now or from the given start; anything else (an
 * ISO date-time) is left to Camunda's own due-date calendar.
 */
public class WorkingTimeBusinessCalendar implements BusinessCalendar {

  private final WorkingTimeCalendar calendar;
  private final PlatformClock clock;
  private final DueDateBusinessCalendar dates = new DueDateBusinessCalendar();

  public WorkingTimeBusinessCalendar(WorkingTimeCalendar calendar, PlatformClock clock) {
    this.calendar = calendar;
    this.clock = clock;
  }

  ZoneId zone() {
    return calendar.zone();
  }

  @Override
  public Date resolveDuedate(String description) {
    return resolveDuedate(description, (Date) null);
  }

  @Override
  public Date resolveDuedate(String description, Task task) {
    return resolveDuedate(description, (Date) null);
  }

  @Override
  public Date resolveDuedate(String description, Date startDate) {
    String text = description.trim();
    if (!text.startsWith("P")) {
      return dates.resolveDuedate(text, startDate);
    }
    Date start = startDate != null ? startDate : clock.date();
    return Date.from(calendar.plus(start.toInstant(), workingTime(text)));
  }

  /** The moment the given working time (an ISO duration) before {@code end}. */
  Date before(String description, Date end) {
    return Date.from(calendar.minus(end.toInstant(), workingTime(description.trim())));
  }

  /** "P2DT3H" → two working days and three working hours. */
  public Duration workingTime(String iso) {
    int time = iso.indexOf('T');
    Period days = time == 1 ? Period.ZERO : Period.parse(time < 0 ? iso : iso.substring(0, time));
    Duration hours = time < 0 ? Duration.ZERO : Duration.parse("PT" + iso.substring(time + 1));
    if (days.getYears() != 0 || days.getMonths() != 0) {
      throw new DateTimeParseException("Working time is counted in days and hours, not months or years", iso, 0);
    }
    return calendar.workingDay().multipliedBy(days.getDays()).plus(hours);
  }
}
