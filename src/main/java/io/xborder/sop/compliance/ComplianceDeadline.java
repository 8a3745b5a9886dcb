package io.xborder.sop.compliance;

import io.xborder.sop.sla.WorkingTimeSettings;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The hard deadline of a notice as the moments its escalations fire, for the template's timers as
 * {@code ${complianceDeadline...}}. A deadline without an offset is read in the team's time zone
 * ({@code xborder.working-time.zone}).
 */
@Component("complianceDeadline")
public class ComplianceDeadline {

  private final ZoneId teamZone;

  ComplianceDeadline(WorkingTimeSettings workingTime) {
    this.teamZone = workingTime.zone();
  }

  public Date at(String deadline) {
    return Date.from(parse(deadline).toInstant());
  }

  public Date daysBefore(String deadline, Number days) {
    return Date.from(parse(deadline).minusDays(days.longValue()).toInstant());
  }

  /** Accepts what the ERP and the Tasklist form send: ISO date-time with or without an offset. */
  OffsetDateTime parse(String deadline) {
    return parse(deadline, teamZone);
  }

  /** Whether a deadline is one this template can run on, checked before a notice reaches the engine. */
  public static boolean isDateTime(String deadline) {
    try {
      parse(deadline, ZoneOffset.UTC);
      return true;
    } catch (DateTimeParseException notIso) {
      return false;
    }
  }

  private static OffsetDateTime parse(String deadline, ZoneId zoneWithoutOffset) {
    try {
      return OffsetDateTime.parse(deadline);
    } catch (DateTimeParseException withoutOffset) {
      return LocalDateTime.parse(deadline).atZone(zoneWithoutOffset).toOffsetDateTime();
    }
  }
}
