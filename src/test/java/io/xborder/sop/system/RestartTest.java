package io.xborder.sop.system;

import static io.xborder.sop.system.TemplateDeployment.DEPLOYMENT_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default keeps its state in an H2 file: a restart loses nothing and re-creates nothing. */
class RestartTest {

  @Test
  void aRestartKeepsProjectsAndCreatesNoNewVersionsOrUsers(@TempDir Path data) {
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
    }

    try (ConfigurableApplicationContext second = IsolatedPlatform.start("restartcheck", fileDatabase, null)) {
      ProcessEngine engine = second.getBean(ProcessEngine.class);
      assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count())
          .as("template deployments after a restart with unchanged files").isEqualTo(1);
      assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey("project-kickoff").count()).isEqualTo(1);
      assertThat(engine.getIdentityService().createUserQuery().count()).isEqualTo(usersAtFirstStart);
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(projectId)
          .taskDefinitionKey("Task_ConfirmProjectScope").count()).isEqualTo(1);
    }
  }
}
