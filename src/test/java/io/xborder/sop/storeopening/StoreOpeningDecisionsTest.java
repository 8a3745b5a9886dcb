package io.xborder.sop.storeopening;

import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.RepositoryDecisions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Row by row: which site-specific steps and which KYC documents each platform and site gets. */
class StoreOpeningDecisionsTest {

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "amazon      | US | Complete the US tax interview;Prepare the identity-verification video call",
      "amazon      | UK | Register for VAT;Disclose beneficial owners over 25%;Prepare the identity-verification video call",
      "amazon      | DE | Register for VAT;Disclose beneficial owners over 25%;Prepare the identity-verification video call;Register packaging in LUCID",
      "amazon      | FR | Register for VAT;Disclose beneficial owners over 25%;Prepare the identity-verification video call;Obtain the French EPR unique ID",
      "amazon      | JP | Prepare the identity-verification video call",
      "shopee      | SG | ''",
      "shopee      | MY | Register the trademark for Shopee Mall",
      "tiktok-shop | UK | Register for VAT;Register the China warehouse contact",
      "tiktok-shop | US | ''",
      "tiktok-shop | DE | Register packaging in LUCID",
      "lazada      | TH | Appoint a local entity or agent",
      "lazada      | SG | ''"})
  void siteRequirements(String platform, String site, String steps) {
    assertThat(collect(StoreOpening.SITE_REQUIREMENTS_DECISION, "siteStep", platform, site))
        .containsExactlyInAnyOrderElementsOf(split(steps));
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "amazon      | US | business-licence;legal-representative-id;bank-or-card-statement",
      "shopee      | SG | business-licence;legal-representative-id;bank-or-card-statement",
      "shopee      | MY | business-licence;legal-representative-id;bank-or-card-statement;brand-authorisation",
      "lazada      | TH | business-licence;legal-representative-id;bank-or-card-statement",
      "tiktok-shop | UK | business-licence;legal-representative-id;company-registration-certificate;vat-certificate",
      "tiktok-shop | US | business-licence;legal-representative-id",
      "temu        | US | business-licence;legal-representative-id"})
  void kycRequiredDocuments(String platform, String site, String documents) {
    assertThat(collect(StoreOpening.KYC_DOCUMENTS_DECISION, "documentType", platform, site))
        .containsExactlyInAnyOrderElementsOf(split(documents));
  }

  private List<Object> collect(String decision, String output, String platform, String site) {
    return RepositoryDecisions.of(decision).evaluate(Map.of("platform", platform, "site", site)).collectEntries(output);
  }

  private static List<String> split(String values) {
    return values.isEmpty() ? List.of() : Arrays.asList(values.split(";"));
  }
}
