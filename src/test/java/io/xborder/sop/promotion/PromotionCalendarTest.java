package io.xborder.sop.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class PromotionCalendarTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private final PromotionCalendar calendar = new PromotionCalendar(SHANGHAI);

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
}
