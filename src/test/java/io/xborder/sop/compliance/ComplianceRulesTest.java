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
      "DE-PACKAGING | 1 | 在 LUCID 注册                                           | compliance        | 3  | medium",
      "DE-PACKAGING | 2 | 与双元回收系统签约                           | compliance        | 5  | medium",
      "DE-PACKAGING | 3 | 在 LUCID 申报包装数量                    | compliance        | 2  | medium",
      "DE-PACKAGING | 4 | 在卖家后台填写 LUCID 注册号       | operations        | 1  | medium",
      "DE-WEEE      | 1 | Appoint an authorised representative in Germany             | agency-compliance | 10 | high",
      "DE-WEEE      | 2 | Register with stiftung ear per brand and device type        | agency-compliance | 84 | high",
      "DE-WEEE      | 3 | 提供财务担保                             | finance           | 10 | high",
      "DE-WEEE      | 4 | 在商品页和发票上展示 WEEE 号                 | operations        | 2  | high",
      "FR-EPR       | 1 | 为每个产品类别加入生态组织 (eco-organisme)               | compliance        | 10 | high",
      "FR-EPR       | 2 | 向 ADEME 申请唯一识别号 (IDU)                       | compliance        | 8  | high",
      "FR-EPR       | 3 | 向平台提交 IDU 并写入销售条款 | operations  | 2  | high",
      "FR-EPR       | 4 | 申报数量并缴纳环保费                 | finance           | 5  | high",
      "UKCA         | 1 | 确认该商品是否仍接受 CE 标志  | compliance        | 3  | medium",
      "UKCA         | 2 | 起草英国符合性声明                    | compliance        | 5  | medium",
      "UKCA         | 3 | 在商品和包装上加 UKCA 标志             | operations        | 10 | medium",
      "UKCA         | 4 | 在商品上标注进口商名称和地址          | compliance        | 3  | medium",
      "EU-CPNP      | 1 | Appoint an EU Responsible Person                            | agency-compliance | 10 | medium",
      "EU-CPNP      | 2 | Complete the Product Information File                       | agency-compliance | 20 | medium",
      "EU-CPNP      | 3 | Notify the product in CPNP                                  | agency-compliance | 3  | medium",
      "EU-CPNP      | 4 | 向平台提交 CPNP 编号                  | operations        | 1  | medium"})
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
