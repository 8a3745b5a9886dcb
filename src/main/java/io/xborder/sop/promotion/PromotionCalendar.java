package io.xborder.sop.promotion;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns "so many days before the event" into the moment a milestone falls due, in the team's time
 * zone: work on a milestone starts at the beginning of that working day and is due by its end.
 * Used by the promotion template's timers and due dates as {@code ${promotionCalendar...}}.
 */
@Component("promotionCalendar")
public class PromotionCalendar {

  static final LocalTime DAY_STARTS = LocalTime.of(9, 0);
  static final LocalTime DAY_ENDS = LocalTime.of(18, 0);

  private final ZoneId teamZone;

  PromotionCalendar(@Value("${xborder.team-zone:Asia/Shanghai}") ZoneId teamZone) {
    this.teamZone = teamZone;
  }

  /** When work on a milestone due {@code days} before the event begins. */
  public Date daysBefore(String eventDate, Number days) {
    return at(LocalDate.parse(eventDate).minusDays(days.longValue()), DAY_STARTS);
  }

  /** When a milestone due {@code days} before the event must be done. */
  public Date endOfDayBefore(String eventDate, Number days) {
    return at(LocalDate.parse(eventDate).minusDays(days.longValue()), DAY_ENDS);
  }

  /** When the follow-up {@code days} after the event begins. */
  public Date daysAfter(String eventDate, Number days) {
    return at(LocalDate.parse(eventDate).plusDays(days.longValue()), DAY_STARTS);
  }

  private Date at(LocalDate day, LocalTime time) {
    return Date.from(day.atTime(time).atZone(teamZone).toInstant());
  }
}
