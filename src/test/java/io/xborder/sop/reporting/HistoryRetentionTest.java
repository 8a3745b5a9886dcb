package io.xborder.sop.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xborder.sop.system.IsolatedPlatform;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * History retention comes from configuration, not from the BPMN: an operator who gives one template
 * its own retention and restarts finds it on that template's definitions, every other template
 * keeping the three-year default; a value that is not a number of days stops the start.
 */
class HistoryRetentionTest {

  static final String DATABASE = "jdbc:h2:mem:retention;DB_CLOSE_DELAY=-1";

  @Test
  void aTemplateConfiguredWithItsOwnRetentionGetsItOnRestartAndTheOthersKeepTheDefault() {
    try (ConfigurableApplicationContext platform = IsolatedPlatform.start("retentiondefault", DATABASE, null)) {
      RepositoryService repository = platform.getBean(ProcessEngine.class).getRepositoryService();

      assertThat(process(repository, "promotion-readiness").getHistoryTimeToLive()).isEqualTo(1095);
    }

    try (ConfigurableApplicationContext platform = IsolatedPlatform.start("retentionconfigured", DATABASE, null,
        "xborder.retention.templates.promotion-readiness=P30D")) {
      ProcessEngine engine = platform.getBean(ProcessEngine.class);
      RepositoryService repository = engine.getRepositoryService();

      assertThat(process(repository, "promotion-readiness").getHistoryTimeToLive()).isEqualTo(30);
      assertThat(process(repository, "store-opening").getHistoryTimeToLive()).isEqualTo(1095);
      assertThat(repository.createDecisionDefinitionQuery().latestVersion().list())
          .isNotEmpty().extracting(DecisionDefinition::getHistoryTimeToLive).containsOnly(1095);
      ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
      assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
      assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    }
  }

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

  private static ProcessDefinition process(RepositoryService repository, String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
  }
}
