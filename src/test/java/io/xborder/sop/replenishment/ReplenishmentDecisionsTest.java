package io.xborder.sop.replenishment;

import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.RepositoryDecisions;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Row by row, with the edges of each range: shipping mode by days of cover, risk by order amount. */
class ReplenishmentDecisionsTest {

  private static final RepositoryDecisions MODE = RepositoryDecisions.of("replenishment-mode");
  private static final RepositoryDecisions RISK = RepositoryDecisions.of("order-risk");

  @ParameterizedTest(name = "{0} days of cover → {1}")
  @CsvSource({"0, express, 7", "16.9, express, 7", "17, air, 12", "44.5, air, 12", "45, sea, 40", "120, sea, 40"})
  void theCheapestModeThatLandsInTime(double daysOfCover, String mode, int leadTimeDays) {
    DmnDecisionRuleResult result = MODE.evaluate(Map.of("daysOfCover", daysOfCover)).getSingleResult();

    assertThat(result.<Object>getEntry("shippingMode")).isEqualTo(mode);
    assertThat(result.<Object>getEntry("leadTimeDays")).isEqualTo(leadTimeDays);
  }

  @ParameterizedTest(name = "{0} CNY → {1}")
  @CsvSource({"0, low", "19999.99, low", "20000, medium", "99999.99, medium", "100000, high", "450000, high"})
  void theRiskOfAnOrderByItsAmount(double amount, String riskLevel) {
    assertThat(RISK.evaluate(Map.of("orderAmount", amount)).getSingleResult().<Object>getEntry("riskLevel"))
        .isEqualTo(riskLevel);
  }
}
