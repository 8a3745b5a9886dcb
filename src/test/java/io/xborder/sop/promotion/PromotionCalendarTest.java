package io.xborder.sop.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xborder.sop.sla.WorkingTimeSettings;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class PromotionCalendarTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final PromotionCalendar calendar = new PromotionCalendar(workingTime(Map.of()));

  @Test
  void aMilestoneStartsAtNineAndIsDueAtSixOnItsDayInTheTeamsZone() {
    assertThat(calendar.daysBefore("2026-11-27", 32).toInstant())
        .isEqualTo(ZonedDateTime.of(2026, 10, 26, 9, 0, 0, 0, SHANGHAI).toInstant());
    assertThat(calendar.endOfDayBefore("2026-11-27", 32).toInstant())
        .isEqualTo(ZonedDateTime.of(2026, 10, 26, 18, 0, 0, 0, SHANGHAI).toInstant());
  }

  @Test
  void theReviewFollowsTheEvent() {
    assertThat(calendar.daysAfter("2026-11-11", 7).toInstant())
        .isEqualTo(ZonedDateTime.of(2026, 11, 18, 9, 0, 0, 0, SHANGHAI).toInstant());
  }

  @Test
  void aDateThatIsNotIsoIsRefused() {
    assertThatThrownBy(() -> calendar.daysBefore("27/11/2026", 3)).isInstanceOf(DateTimeException.class);
  }

  @Test
  void aTeamInAnotherZoneWithOtherHoursGetsItsMilestonesOnItsOwnClock() {
    WorkingTimeSettings berlin = workingTime(Map.of("xborder.working-time.zone", "Europe/Berlin",
        "xborder.working-time.day-starts", "08:00", "xborder.working-time.day-ends", "17:00"));
    ZoneId zone = ZoneId.of("Europe/Berlin");

    PromotionCalendar berlinCalendar = new PromotionCalendar(berlin);
    assertThat(berlinCalendar.daysBefore("2026-11-27", 1).toInstant())
        .isEqualTo(ZonedDateTime.of(2026, 11, 26, 8, 0, 0, 0, zone).toInstant());
    assertThat(berlinCalendar.endOfDayBefore("2026-11-27", 1).toInstant())
        .isEqualTo(ZonedDateTime.of(2026, 11, 26, 17, 0, 0, 0, zone).toInstant());
  }

  /** The settings as Spring binds them from application.yaml, under the one documented key. */
  static WorkingTimeSettings workingTime(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("xborder.working-time", WorkingTimeSettings.class);
  }
}
