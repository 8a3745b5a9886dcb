package io.xborder.sop.promotion;

import io.xborder.sop.sla.WorkingTimeSettings;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Turns "so many days before the event" into the moment a milestone falls due, in the team's time
 * zone: work on a milestone starts at the beginning of that working day and is due by its end
 * ({@code xborder.working-time}: zone, day-starts, day-ends).
 * Used by the promotion template's timers and due dates as {@code ${promotionCalendar...}}.
 */
@Component("promotionCalendar")
public class PromotionCalendar {

  private final WorkingTimeSettings workingTime;

  PromotionCalendar(WorkingTimeSettings workingTime) {
    this.workingTime = workingTime;
  }

  /** When work on a milestone due {@code days} before the event begins. */
  public Date daysBefore(String eventDate, Number days) {
    return at(LocalDate.parse(eventDate).minusDays(days.longValue()), workingTime.dayStarts());
  }

  /** When a milestone due {@code days} before the event must be done. */
  public Date endOfDayBefore(String eventDate, Number days) {
    return at(LocalDate.parse(eventDate).minusDays(days.longValue()), workingTime.dayEnds());
  }

  /** When the follow-up {@code days} after the event begins. */
  public Date daysAfter(String eventDate, Number days) {
    return at(LocalDate.parse(eventDate).plusDays(days.longValue()), workingTime.dayStarts());
  }

  private Date at(LocalDate day, LocalTime time) {
    return Date.from(day.atTime(time).atZone(workingTime.zone()).toInstant());
  }
}
