package io.xborder.sop.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xborder.sop.sla.engine.WorkingTimeBusinessCalendar;
import io.xborder.sop.system.PlatformClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

class WorkingTimeCalendarTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

  private final WorkingTimeCalendar china = new WorkingTimeCalendar(chinaSettings());

  @Test
  void fridayFivePmPlusFiveWorkingHoursIsMondayHalfPastTwo() {
    assertThat(china.plus(at(2026, 11, 27, 17, 0, SHANGHAI), Duration.ofHours(5)))
        .isEqualTo(at(2026, 11, 30, 14, 30, SHANGHAI));
  }

  @Test
  void theLunchBreakDoesNotCount() {
    assertThat(china.plus(at(2026, 11, 24, 11, 0, SHANGHAI), Duration.ofHours(2)))
        .isEqualTo(at(2026, 11, 24, 14, 30, SHANGHAI));
  }

  @Test
  void workStartedOutsideWorkingHoursCountsFromTheNextStart() {
    assertThat(china.plus(at(2026, 11, 28, 10, 0, SHANGHAI), Duration.ofMinutes(30)))
        .as("Saturday").isEqualTo(at(2026, 11, 30, 9, 30, SHANGHAI));
    assertThat(china.plus(at(2026, 11, 24, 12, 30, SHANGHAI), Duration.ofMinutes(30)))
        .as("during lunch").isEqualTo(at(2026, 11, 24, 14, 0, SHANGHAI));
  }

  @Test
  void aTaskDueAcrossNationalDaySkipsTheHoliday() {
    assertThat(china.plus(at(2026, 9, 30, 17, 0, SHANGHAI), Duration.ofHours(2)))
        .isEqualTo(at(2026, 10, 8, 10, 0, SHANGHAI));
  }

  @Test
  void aMakeUpSaturdayIsAWorkingDay() {
    assertThat(china.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
    assertThat(china.plus(at(2026, 10, 9, 17, 0, SHANGHAI), Duration.ofHours(2)))
        .isEqualTo(at(2026, 10, 10, 10, 0, SHANGHAI));
  }

  @Test
  void theSpringFestivalWeekIsNotWorked() {
    assertThat(china.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
    assertThat(china.isWorkingDay(LocalDate.of(2026, 2, 14))).as("make-up Saturday before it").isTrue();
  }

  @Test
  void aUsTeamsHoursFollowItsClockAcrossTheDstChange() {
    WorkingTimeCalendar us = new WorkingTimeCalendar(new WorkingTimeSettings(LOS_ANGELES,
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0),
        LocalTime.of(12, 0), LocalTime.of(13, 0), List.of(), List.of()));

    Instant due = us.plus(at(2026, 3, 6, 16, 0, LOS_ANGELES), Duration.ofHours(2));

    assertThat(due).isEqualTo(at(2026, 3, 9, 10, 0, LOS_ANGELES));
    assertThat(Duration.between(at(2026, 3, 6, 16, 0, LOS_ANGELES), due))
        .as("one hour less in absolute time: clocks went forward on 8 March").isEqualTo(Duration.ofHours(65));
  }

  @Test
  void durationsInDaysAreWholeWorkingDays() {
    WorkingTimeBusinessCalendar calendar = new WorkingTimeBusinessCalendar(china, new PlatformClock());

    assertThat(calendar.workingTime("P2D")).isEqualTo(Duration.ofMinutes(15 * 60));
    assertThat(calendar.resolveDuedate("P1D", Date.from(at(2026, 11, 27, 17, 0, SHANGHAI))))
        .isEqualTo(Date.from(at(2026, 11, 30, 17, 0, SHANGHAI)));
    assertThat(calendar.resolveDuedate("P1DT2H", Date.from(at(2026, 11, 24, 9, 0, SHANGHAI))))
        .isEqualTo(Date.from(at(2026, 11, 25, 11, 0, SHANGHAI)));
    assertThatThrownBy(() -> calendar.workingTime("P1M")).hasMessageContaining("days and hours");
  }

  @Test
  void aDateIsLeftAsItIs() {
    assertThat(new WorkingTimeBusinessCalendar(china, new PlatformClock()).resolveDuedate("2026-12-24T18:00:00"))
        .isEqualTo(Date.from(LocalDate.of(2026, 12, 24).atTime(18, 0).atZone(ZoneId.systemDefault()).toInstant()));
  }

  /** The settings exactly as the platform reads them: application.yaml defaults and working-time/china.yaml. */
  static WorkingTimeSettings chinaSettings() {
    try {
      StandardEnvironment environment = new StandardEnvironment();
      new YamlPropertySourceLoader().load("china", new ClassPathResource("working-time/china.yaml"))
          .forEach(environment.getPropertySources()::addLast);
      return Binder.get(environment).bindOrCreate("xborder.working-time", WorkingTimeSettings.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Instant at(int year, int month, int day, int hour, int minute, ZoneId zone) {
    return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, zone).toInstant();
  }
}
