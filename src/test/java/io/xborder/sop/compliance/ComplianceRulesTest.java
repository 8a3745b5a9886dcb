package io.xborder.sop.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.RepositoryDecisions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Row by row: each regulation's steps in order, who does them, and how risky its filing is. */
class ComplianceRulesTest {

  private static final RepositoryDecisions DECISION = RepositoryDecisions.of(ComplianceRemediation.RULES_DECISION);

  @ParameterizedTest(name = "{0} step {1}")
  @CsvSource(delimiter = '|', value = {
      "DE-PACKAGING | 1 | Register in LUCID                                           | compliance        | 3  | medium",
      "DE-PACKAGING | 2 | Sign a contract with a dual system                           | compliance        | 5  | medium",
      "DE-PACKAGING | 3 | Report the packaging quantities in LUCID                    | compliance        | 2  | medium",
      "DE-PACKAGING | 4 | Enter the LUCID registration number in Seller Central       | operations        | 1  | medium",
      "DE-WEEE      | 1 | Appoint an authorised representative in Germany             | agency-compliance | 10 | high",
      "DE-WEEE      | 2 | Register with stiftung ear per brand and device type        | agency-compliance | 84 | high",
      "DE-WEEE      | 3 | Provide the financial guarantee                             | finance           | 10 | high",
      "DE-WEEE      | 4 | Show the WEEE number on offers and invoices                 | operations        | 2  | high",
      "FR-EPR       | 1 | Join an eco-organisme for each product stream               | compliance        | 10 | high",
      "FR-EPR       | 2 | Obtain the unique ID (IDU) from ADEME                       | compliance        | 8  | high",
      "FR-EPR       | 3 | Give the IDU to the marketplace and print it in the terms of sale | operations  | 2  | high",
      "FR-EPR       | 4 | Declare the quantities and pay the eco-fees                 | finance           | 5  | high",
      "UKCA         | 1 | Check whether CE marking is still accepted for the product  | compliance        | 3  | medium",
      "UKCA         | 2 | Draw up the UK declaration of conformity                    | compliance        | 5  | medium",
      "UKCA         | 3 | Apply the UKCA marking to product and packaging             | operations        | 10 | medium",
      "UKCA         | 4 | Put the importer's name and address on the product          | compliance        | 3  | medium",
      "EU-CPNP      | 1 | Appoint an EU Responsible Person                            | agency-compliance | 10 | medium",
      "EU-CPNP      | 2 | Complete the Product Information File                       | agency-compliance | 20 | medium",
      "EU-CPNP      | 3 | Notify the product in CPNP                                  | agency-compliance | 3  | medium",
      "EU-CPNP      | 4 | Give the CPNP reference to the marketplace                  | operations        | 1  | medium"})
  void eachStepInItsPlace(String regulation, int position, String step, String group, int leadTimeDays, String risk) {
    List<Map<String, Object>> steps = DECISION.evaluate(Map.of("regulation", regulation)).getResultList();

    assertThat(steps).hasSize(4);
    assertThat(steps.get(position - 1)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "stepName", step, "responsibleGroup", group, "leadTimeDays", leadTimeDays,
        "signOffAction", "compliance-filing", "filingRisk", risk));
  }

  @Test
  void anUnknownRegulationHasNoSteps() {
    assertThat(DECISION.evaluate(Map.of("regulation", "US-PROP65")).getResultList()).isEmpty();
  }
}
