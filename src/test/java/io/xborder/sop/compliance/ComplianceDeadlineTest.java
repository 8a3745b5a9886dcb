package io.xborder.sop.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.sla.WorkingTimeSettings;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ComplianceDeadlineTest {

  @Test
  void aDeadlineWithoutOffsetIsReadInTheZoneTheTeamConfigured() {
    WorkingTimeSettings berlin = new Binder(new MapConfigurationPropertySource(
        Map.of("xborder.working-time.zone", "Europe/Berlin"))).bindOrCreate("xborder.working-time", WorkingTimeSettings.class);

    ComplianceDeadline deadline = new ComplianceDeadline(berlin);

    assertThat(deadline.at("2026-12-01T12:00").toInstant())
        .isEqualTo(ZonedDateTime.of(2026, 12, 1, 12, 0, 0, 0, ZoneId.of("Europe/Berlin")).toInstant());
    assertThat(deadline.daysBefore("2026-12-01T12:00+08:00", 2).toInstant())
        .isEqualTo(ZonedDateTime.of(2026, 11, 29, 12, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant());
  }
}
