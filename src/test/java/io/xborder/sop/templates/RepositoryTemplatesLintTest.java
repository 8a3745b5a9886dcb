package io.xborder.sop.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;

/**
 * The merge gate: every template in the repository passes the lint the engine applies, with
 * references resolved among the repository's own files only (what a fresh engine would have).
 */
class RepositoryTemplatesLintTest {

  @Test
  void everyTemplateInTheRepositoryPassesTheLint() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String folder : new String[] {"processes", "dmn", "forms"}) {
      try (Stream<Path> paths = Files.list(Path.of(folder))) {
        for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
          files.put(folder + "/" + path.getFileName(), Files.readAllBytes(path));
        }
      }
    }
    assertThat(files).as("templates found").containsKey("processes/project-kickoff.bpmn");

    var findings = new TemplateLint(DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine())
        .lint(files, KnownDefinitions.NONE);

    assertThat(findings).as("lint findings").extracting(LintFinding::describe).isEmpty();
  }
}
