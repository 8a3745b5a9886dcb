package io.xborder.sop.reporting;

import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A report's date range in the reader's time zone: {@code from} inclusive, {@code to} inclusive
 * as whole days, so {@code from=2026-03-01&to=2026-03-31&zone=Asia/Shanghai} is March in Shanghai.
 * Dates lie in the years 2000–2100: {@link LocalDate} accepts years up to ±999,999,999, which
 * overflow date arithmetic and the database's timestamps.
 */
record ReportPeriod(LocalDate from, LocalDate to, ZoneId zone) {

  static final int MAX_DAYS = 3 * 366;
  static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  static ReportPeriod parse(String from, String to, String zone) {
    if (from == null || to == null) {
      throw new BadReportRequest("from and to are required, as dates like 2026-03-01");
    }
    ZoneId zoneId = zone(zone);
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

  static ZoneId zone(String zone) {
    if (zone == null || zone.isBlank()) {
      return ZoneId.of("UTC");
    }
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new BadReportRequest("zone '" + zone + "' is not a time zone like Asia/Shanghai or UTC");
    }
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
