package io.xborder.sop.replenishment;

import static io.xborder.sop.replenishment.UrgentReplenishment.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The ERP reports low stock as often as it likes; one SKU on one site is one open replenishment. */
@PlatformTest
class LowStockAlertHttpTest {

  @Autowired
  PlatformHttp http;

  @Autowired
  ProcessEngine engine;

  @Test
  void threeIdenticalAlertsMakeOneProjectThatCountsThem() {
    String sku = "SKU-" + UUID.randomUUID().toString().substring(0, 8);

    for (double daysOfCover : new double[] {12.0, 9.5, 7.0}) {
      HttpResponse<String> alert = http.deliverEvent("erp-integration", "LowStockAlert", lowStockAlert(sku, "US", daysOfCover));
      assertThat(alert.statusCode()).as(alert.body()).isEqualTo(200);
    }

    List<ProcessInstance> projects = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(PROCESS_KEY).variableValueEquals(SKU, sku).list();
    assertThat(projects).hasSize(1);
    assertThat(engine.getRuntimeService().getVariables(projects.get(0).getId()))
        .containsEntry(ALERT_COUNT, 3).containsEntry(DAYS_OF_COVER, 7.0).containsEntry(SITE, "US");
  }

  @Test
  void theSameSkuOnAnotherSiteIsAnotherProject() {
    String sku = "SKU-" + UUID.randomUUID().toString().substring(0, 8);

    http.deliverEvent("erp-integration", "LowStockAlert", lowStockAlert(sku, "US", 12.0));
    http.deliverEvent("erp-integration", "LowStockAlert", lowStockAlert(sku, "DE", 12.0));

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .variableValueEquals(SKU, sku).count()).isEqualTo(2);
  }

  private static String lowStockAlert(String sku, String site, double daysOfCover) {
    return """
        {"sku": "%s", "site": "%s", "daysOfCover": %s, "dailySales": 35.0}
        """.formatted(sku, site, daysOfCover);
  }
}
