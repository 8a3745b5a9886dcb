package io.xborder.sop.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.RepositoryDecisions;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Row by row: how many levels each action needs, and who approves. */
class ApprovalLevelsTest {

  private static final RepositoryDecisions DECISION = RepositoryDecisions.of(SignOff.LEVELS_DECISION);

  @ParameterizedTest(name = "{0} {1} {2} {3} → {4} level(s)")
  @CsvSource(nullValues = "none", value = {
      "submit-legal-person-info, shopee,      SG, low,    2, supervisors, managers",
      "kyc-submission,           tiktok-shop, UK, high,   2, supervisors, managers",
      "kyc-submission,           amazon,      DE, medium, 2, supervisors, managers",
      "kyc-submission,           shopee,      MY, medium, 1, supervisors, none",
      "compliance-filing,        amazon,      FR, high,   2, supervisors, managers",
      "compliance-filing,        amazon,      DE, medium, 1, supervisors, none",
      "replenishment-order,      amazon,      US, high,   2, supervisors, finance",
      "replenishment-order,      amazon,      US, low,    0, none,        none",
      "replenishment-order,      amazon,      US, medium, 1, supervisors, none",
      "go-live,                  temu,        US, low,    0, none,        none",
      "go-live,                  walmart,     US, medium, 1, supervisors, none",
      "brand-registration,       amazon,      JP, medium, 1, supervisors, none"})
  void levelsAndApprovers(String actionType, String platform, String site, String riskLevel, int levels,
      String level1Group, String level2Group) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("actionType", actionType);
    inputs.put("platform", platform);
    inputs.put("site", site);
    inputs.put("riskLevel", riskLevel);

    DmnDecisionRuleResult approval = DECISION.evaluate(inputs).getFirstResult();

    assertThat(approval.<Object>getEntry("levels")).isEqualTo(levels);
    assertThat(approval.<Object>getEntry("level1Group")).isEqualTo(level1Group);
    assertThat(approval.<Object>getEntry("level2Group")).isEqualTo(level2Group);
  }
}
