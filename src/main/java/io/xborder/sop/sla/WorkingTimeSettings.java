package io.xborder.sop.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** When the team works: {@code xborder.working-time.*} in application.yaml. */
@ConfigurationProperties("xborder.working-time")
public record WorkingTimeSettings(
    @DefaultValue("Asia/Shanghai") ZoneId zone,
    @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) Set<DayOfWeek> workingDays,
    @DefaultValue("09:00") LocalTime dayStarts,
    @DefaultValue("18:00") LocalTime dayEnds,
    @DefaultValue("12:00") LocalTime breakStarts,
    @DefaultValue("13:30") LocalTime breakEnds,
    @DefaultValue List<LocalDate> holidays,
    @DefaultValue List<LocalDate> makeUpWorkingDays) {

  public WorkingTimeSettings {
    if (!dayStarts.isBefore(breakStarts) || breakStarts.isAfter(breakEnds) || !breakEnds.isBefore(dayEnds)) {
      throw new IllegalArgumentException("xborder.working-time: the day must run day-starts < break-starts <= break-ends < day-ends, not "
          + dayStarts + " / " + breakStarts + "-" + breakEnds + " / " + dayEnds);
    }
  }
}
