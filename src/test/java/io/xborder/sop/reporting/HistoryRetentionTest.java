package io.xborder.sop.reporting;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xborder.sop.system.IsolatedPlatform;
import org.junit.jupiter.api.Test;

/**
 * A retention that is not a number of days, or one for a template that does not exist, stops the start
 * naming the setting. That a configured retention reaches its template on restart, the others keeping
 * the default, is shown on {@code system.RestartTest}'s restart.
 */
class HistoryRetentionTest {

  @Test
  void aRetentionThatIsNotANumberOfDaysStopsTheStartNamingTheSetting() {
    assertThatThrownBy(() -> IsolatedPlatform.start("retentionbad", "jdbc:h2:mem:retention-bad", null,
        "xborder.retention.templates.store-opening=3 years"))
        .rootCause()
        .hasMessageContaining("xborder.retention.templates.store-opening")
        .hasMessageContaining("'3 years' is not a number of days like P1095D");
  }

  @Test
  void aRetentionForATemplateThatDoesNotExistStopsTheStart() {
    assertThatThrownBy(() -> IsolatedPlatform.start("retentiontypo", "jdbc:h2:mem:retention-typo", null,
        "xborder.retention.templates.stor-opening=P30D"))
        .rootCause()
        .hasMessageContaining("stor-opening")
        .hasMessageContaining("no process or decision has that key");
  }
}
