package io.xborder.sop.system;

import static io.xborder.sop.system.TemplateDeployment.DEPLOYMENT_NAME;
import static io.xborder.sop.system.TemplateDeployment.TEMPLATE_FOLDERS;
import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformTest;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

@PlatformTest
class TemplateDeploymentTest {

  @Autowired
  ProcessEngine engine;

  @Autowired
  TemplateDeployment templateDeployment;

  @Test
  void theEngineHoldsEveryFileOfProcessesDmnAndFormsAsItIsInTheRepository() throws IOException {
    Map<String, byte[]> repository = repositoryFiles(Path.of("."));
    assertThat(repository).isNotEmpty();

    Map<String, byte[]> deployed = latestDeployedContent();

    assertThat(deployed.keySet()).containsAll(repository.keySet());
    repository.forEach((name, content) ->
        assertThat(new String(deployed.get(name), StandardCharsets.UTF_8)).as(name)
            .isEqualTo(new String(content, StandardCharsets.UTF_8)));
  }

  @Test
  void deployingUnchangedFilesAgainCreatesNoNewVersions() {
    Map<String, Integer> versionsBefore = latestVersions();
    long deploymentsBefore = templateDeployments();

    templateDeployment.deploy(engine);

    assertThat(templateDeployments()).isEqualTo(deploymentsBefore);
    assertThat(latestVersions()).isEqualTo(versionsBefore);
  }

  @Test
  void changingOneFileVersionsThatDefinitionOnly(@TempDir Path checkout) throws IOException {
    copyTemplates(Path.of("."), checkout);
    Path kickoff = checkout.resolve("processes/project-kickoff.bpmn");
    Files.writeString(kickoff, Files.readString(kickoff).replace(
        "主管确认接收。", "主管确认接收（分析师修改了措辞）。"));
    Map<String, Integer> versionsBefore = latestVersions();

    DeploymentWithDefinitions deployment;
    try (URLClassLoader classpath = new URLClassLoader(new URL[] {checkout.toUri().toURL()}, null)) {
      // Only the resources matter to deploy(); releases are the start-up's concern.
      deployment = new TemplateDeployment(new PathMatchingResourcePatternResolver(classpath), null, new ThisNode("", "0.0.1"), null, new PlatformClock()).deploy(engine);
    } finally {
      // The repository's own files become the latest again, as the next start would make them.
      templateDeployment.deploy(engine);
    }

    assertThat(engine.getRepositoryService().getDeploymentResourceNames(deployment.getId()))
        .containsExactly("processes/project-kickoff.bpmn");
    assertThat(deployment.getDeployedProcessDefinitions()).singleElement().satisfies(definition -> {
      assertThat(definition.getKey()).isEqualTo("project-kickoff");
      assertThat(definition.getVersion()).isEqualTo(versionsBefore.get("project-kickoff") + 1);
    });
    assertThat(deployment.getDeployedDecisionDefinitions()).isNullOrEmpty();
  }

  private Map<String, Integer> latestVersions() {
    return engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list().stream()
        .collect(Collectors.toMap(ProcessDefinition::getKey, ProcessDefinition::getVersion));
  }

  private long templateDeployments() {
    return engine.getRepositoryService().createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count();
  }

  /** Resource name to the content of its newest deployment. */
  private Map<String, byte[]> latestDeployedContent() throws IOException {
    Map<String, byte[]> content = new HashMap<>();
    for (Deployment deployment : engine.getRepositoryService().createDeploymentQuery()
        .deploymentName(DEPLOYMENT_NAME).orderByDeploymentTime().asc().list()) {
      for (String name : engine.getRepositoryService().getDeploymentResourceNames(deployment.getId())) {
        content.put(name, engine.getRepositoryService().getResourceAsStream(deployment.getId(), name).readAllBytes());
      }
    }
    return content;
  }

  private static Map<String, byte[]> repositoryFiles(Path root) throws IOException {
    Map<String, byte[]> files = new HashMap<>();
    for (var folder : TEMPLATE_FOLDERS.entrySet()) {
      try (Stream<Path> paths = Files.list(root.resolve(folder.getKey()))) {
        for (Path path : paths.filter(p -> p.toString().endsWith("." + folder.getValue())).toList()) {
          files.put(folder.getKey() + "/" + path.getFileName(), Files.readAllBytes(path));
        }
      }
    }
    return files;
  }

  private static void copyTemplates(Path from, Path to) throws IOException {
    for (var file : repositoryFiles(from).entrySet()) {
      Path target = to.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue());
    }
  }
}
