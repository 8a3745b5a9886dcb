package io.xborder.sop.sla;

import java.time.Duration;
import java.time.ZoneId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Adds working time to a moment: only the hours of working days count, outside the break, skipping
 * public holidays and counting make-up working days. A day of a duration is one full working day.
 */
public class WorkingTimeCalendar {

  private final WorkingTimeSettings settings;
  private final Set<LocalDate> holidays;
  private final Set<LocalDate> makeUpWorkingDays;

  public WorkingTimeCalendar(WorkingTimeSettings settings) {
    this.settings = settings;
    this.holidays = new HashSet<>(settings.holidays());
    this.makeUpWorkingDays = new HashSet<>(settings.makeUpWorkingDays());
  }

  /** The length of one full working day (9:00-18:00 less a 90-minute lunch: 7.5 hours by default). */
  /** The team's time zone, in which its working days and hours are counted. */
  public ZoneId zone() {
    return settings.zone();
  }

  public Duration workingDay() {
    return Duration.between(settings.dayStarts(), settings.breakStarts())
        .plus(Duration.between(settings.breakEnds(), settings.dayEnds()));
  }

  public boolean isWorkingDay(LocalDate day) {
    return makeUpWorkingDays.contains(day)
        || (settings.workingDays().contains(day.getDayOfWeek()) && !holidays.contains(day));
  }

  /** The moment that lies the given working time before {@code end}. */
  public Instant minus(Instant end, Duration workingTime) {
    if (workingTime.isNegative()) {
      throw new IllegalArgumentException("Working time cannot be negative: " + workingTime);
    }
    ZonedDateTime cursor = end.atZone(settings.zone());
    Duration left = workingTime;
    while (true) {
      LocalDate day = cursor.toLocalDate();
      if (isWorkingDay(day)) {
        for (List<LocalTime> shift : List.of(List.of(settings.breakEnds(), settings.dayEnds()),
            List.of(settings.dayStarts(), settings.breakStarts()))) {
          ZonedDateTime from = day.atTime(shift.get(0)).atZone(settings.zone());
          ZonedDateTime to = day.atTime(shift.get(1)).atZone(settings.zone());
          if (cursor.isAfter(to)) {
            cursor = to;
          }
          if (cursor.isAfter(from)) {
            Duration available = Duration.between(from, cursor);
            if (left.compareTo(available) <= 0) {
              return cursor.minus(left).toInstant();
            }
            left = left.minus(available);
            cursor = from;
          }
        }
      }
      cursor = day.atStartOfDay(settings.zone()).minusNanos(1);
    }
  }

  public Instant plus(Instant start, Duration workingTime) {
    if (workingTime.isNegative()) {
      throw new IllegalArgumentException("Working time cannot be negative: " + workingTime);
    }
    ZonedDateTime cursor = start.atZone(settings.zone());
    Duration left = workingTime;
    while (true) {
      LocalDate day = cursor.toLocalDate();
      if (isWorkingDay(day)) {
        for (List<LocalTime> shift : List.of(List.of(settings.dayStarts(), settings.breakStarts()),
            List.of(settings.breakEnds(), settings.dayEnds()))) {
          ZonedDateTime from = day.atTime(shift.get(0)).atZone(settings.zone());
          ZonedDateTime to = day.atTime(shift.get(1)).atZone(settings.zone());
          if (cursor.isBefore(from)) {
            cursor = from;
          }
          if (cursor.isBefore(to)) {
            Duration available = Duration.between(cursor, to);
            if (left.compareTo(available) <= 0) {
              return cursor.plus(left).toInstant();
            }
            left = left.minus(available);
            cursor = to;
          }
        }
      }
      cursor = day.plusDays(1).atStartOfDay(settings.zone());
    }
  }
}
