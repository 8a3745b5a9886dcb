package io.xborder.sop.system;

import static io.xborder.sop.system.TemplateDeployment.DEPLOYMENT_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The embedded default keeps its state in an H2 file: a restart loses nothing and re-creates nothing.
 * History retention comes from configuration, not from the BPMN: an operator who gives one template
 * its own retention and restarts finds it on that template's definitions, every other template keeping
 * the three-year default. One restart shows both (the platform starts twice, not four times); the
 * refused retention settings are {@code reporting.HistoryRetentionTest}.
 */
class RestartTest {

  @Test
  void aRestartKeepsProjectsCreatesNothingNewAndGivesTheReconfiguredTemplateItsRetention(@TempDir Path data) {
    String fileDatabase = "jdbc:h2:file:" + data.resolve("xborder-sop") + ";DB_CLOSE_ON_EXIT=FALSE";
    String projectId;
    long usersAtFirstStart;
    try (ConfigurableApplicationContext first = IsolatedPlatform.start("restartcheck", fileDatabase, null)) {
      ProcessEngine engine = first.getBean(ProcessEngine.class);
      projectId = engine.getRuntimeService()
          .startProcessInstanceByKey("project-kickoff", "KO-RESTART-1", Map.of("projectName", "Survives a restart"))
          .getId();
      usersAtFirstStart = engine.getIdentityService().createUserQuery().count();
      assertThat(engine.getIdentityService().createUserQuery().userId("lina").count()).isEqualTo(1);
      assertThat(process(engine.getRepositoryService(), "promotion-readiness").getHistoryTimeToLive()).isEqualTo(1095);
    }

    // The operator gives one template a retention of its own and restarts; the files are unchanged.
    try (ConfigurableApplicationContext second = IsolatedPlatform.start("restartcheck", fileDatabase, null,
        "xborder.retention.templates.promotion-readiness=P30D")) {
      ProcessEngine engine = second.getBean(ProcessEngine.class);
      RepositoryService repository = engine.getRepositoryService();
      assertThat(repository.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count())
          .as("template deployments after a restart with unchanged files").isEqualTo(1);
      assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("project-kickoff").count()).isEqualTo(1);
      assertThat(engine.getIdentityService().createUserQuery().count()).isEqualTo(usersAtFirstStart);
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(projectId)
          .taskDefinitionKey("Task_ConfirmProjectScope").count()).isEqualTo(1);

      assertThat(process(repository, "promotion-readiness").getHistoryTimeToLive()).isEqualTo(30);
      assertThat(process(repository, "store-opening").getHistoryTimeToLive()).isEqualTo(1095);
      assertThat(repository.createDecisionDefinitionQuery().latestVersion().list())
          .isNotEmpty().extracting(DecisionDefinition::getHistoryTimeToLive).containsOnly(1095);
      ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
      assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
      assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
    }
  }

  private static ProcessDefinition process(RepositoryService repository, String key) {
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
  }
}
