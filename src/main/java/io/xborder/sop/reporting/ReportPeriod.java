package io.xborder.sop.reporting;

import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A report's date range in the reader's time zone: {@code from} inclusive, {@code to} inclusive
 * as whole days, so {@code from=2026-03-01&to=2026-03-31&zone=Asia/Shanghai} is March in Shanghai.
 * Without a zone the team's ({@code xborder.working-time.zone}); without {@code from} and {@code to}
 * the last 30 days up to today in that zone, so no reader's browser or server clock decides what
 * "today" is. Dates lie in the years 2000–2100: {@link LocalDate} accepts years up to ±999,999,999,
 * which overflow date arithmetic and the database's timestamps.
 */
record ReportPeriod(LocalDate from, LocalDate to, ZoneId zone) {

  static final int MAX_DAYS = 3 * 366;
  static final int DEFAULT_DAYS = 30;
  static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  static ReportPeriod parse(String from, String to, String zone, ZoneId teamZone, Instant now) {
    ZoneId zoneId = zone(zone, teamZone);
    if (isBlank(from) && isBlank(to)) {
      LocalDate today = now.atZone(zoneId).toLocalDate();
      return new ReportPeriod(today.minusDays(DEFAULT_DAYS - 1), today, zoneId);
    }
    if (isBlank(from) || isBlank(to)) {
      throw new BadReportRequest("from and to are required together, as dates like 2026-03-01"
          + " (or neither, for the last " + DEFAULT_DAYS + " days)");
    }
    LocalDate start = date("from", from);
    LocalDate end = date("to", to);
    if (end.isBefore(start)) {
      throw new BadReportRequest("to (" + end + ") is before from (" + start + ")");
    }
    if (start.plusDays(MAX_DAYS).isBefore(end)) {
      throw new BadReportRequest("the range may span at most " + MAX_DAYS + " days");
    }
    return new ReportPeriod(start, end, zoneId);
  }

  /** The named zone, or the team's when none is named. */
  static ZoneId zone(String zone, ZoneId teamZone) {
    if (isBlank(zone)) {
      return teamZone;
    }
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new BadReportRequest("zone '" + zone + "' is not a time zone like Asia/Shanghai or UTC");
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static LocalDate date(String name, String value) {
    LocalDate date;
    try {
      date = LocalDate.parse(value);
    } catch (DateTimeException e) {
      throw new BadReportRequest(name + " '" + value + "' is not a date like 2026-03-01");
    }
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      throw new BadReportRequest(name + " '" + value + "' is outside " + EARLIEST + " to " + LATEST);
    }
    return date;
  }

  Timestamp start() {
    return Timestamp.from(from.atStartOfDay(zone).toInstant());
  }

  /** Exclusive end: the start of the day after {@code to}. */
  Timestamp end() {
    return Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant());
  }
}
