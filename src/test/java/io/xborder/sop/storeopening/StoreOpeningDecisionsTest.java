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
      "amazon      | US | 完成美国税务问卷;准备身份验证视频通话",
      "amazon      | UK | 注册 VAT 税号;披露持股超过 25% 的受益所有人;准备身份验证视频通话",
      "amazon      | DE | 注册 VAT 税号;披露持股超过 25% 的受益所有人;准备身份验证视频通话;在 LUCID 注册包装",
      "amazon      | FR | 注册 VAT 税号;披露持股超过 25% 的受益所有人;准备身份验证视频通话;申请法国 EPR 唯一识别号",
      "amazon      | JP | 准备身份验证视频通话",
      "shopee      | SG | ''",
      "shopee      | MY | 为 Shopee Mall 注册商标",
      "tiktok-shop | UK | 注册 VAT 税号;登记中国仓库联系人",
      "tiktok-shop | US | ''",
      "tiktok-shop | DE | 在 LUCID 注册包装",
      "lazada      | TH | 指定当地主体或代理",
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
