package io.xborder.sop.storeopening;

import static io.xborder.sop.storeopening.StoreOpening.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xborder.sop.PlatformTest;
import io.xborder.sop.projects.ProjectStartRefused;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Opening many stores at once: one child per site, keys derived from the batch key, no duplicates. */
@PlatformTest
class StoreOpeningBatchTest {

  private static final String FIVE_SITES = """
      [{"platform": "amazon", "site": "US", "storeName": "Example US"},
       {"platform": "amazon", "site": "DE", "storeName": "Example DE"},
       {"platform": "shopee", "site": "SG", "storeName": "Example SG"},
       {"platform": "tiktok-shop", "site": "UK", "storeName": "Example UK"},
       {"platform": "lazada", "site": "TH", "storeName": "Example TH"}]""";

  @Autowired RuntimeService runtimeService;

  @Test
  void fiveSitesOpenFiveStoresOnceEach() {
    String batchKey = "SOB-" + UUID.randomUUID().toString().substring(0, 8);

    ProcessInstance batch = runtimeService.startProcessInstanceByKey(BATCH_PROCESS_KEY, batchKey, batchVariables());

    var children = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .superProcessInstanceId(batch.getId()).list();
    assertThat(children).extracting(ProcessInstance::getBusinessKey).containsExactlyInAnyOrder(
        batchKey + "-1", batchKey + "-2", batchKey + "-3", batchKey + "-4", batchKey + "-5");
    assertThat(children).extracting(child -> runtimeService.getVariable(child.getId(), SITE))
        .containsExactlyInAnyOrder("US", "DE", "SG", "UK", "TH");

    assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(BATCH_PROCESS_KEY, batchKey, batchVariables()))
        .isInstanceOf(ProjectStartRefused.class).hasMessageContaining(batchKey);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .processInstanceBusinessKeyLike(batchKey + "-%").count()).isEqualTo(5);
  }

  private static Map<String, Object> batchVariables() {
    return Variables.createVariables().putValue(COMPANY_NAME, "Shenzhen Example Trading Co., Ltd.")
        .putValue(PROJECT_OWNER, "lina").putValue(STORES, Spin.JSON(FIVE_SITES));
  }
}
