package io.xborder.sop.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.xborder.sop.PlatformHttp;
import io.xborder.sop.PlatformTest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Models in the shapes Camunda 7 users draw (the invoice example with generated forms, Camunda Forms
 * and embedded forms, decisions, message, timer, multi-instance and call-activity models, Camunda 8
 * diagrams, a CMMN case), each folder of {@code src/test/resources/lint-corpus} deployed as Camunda
 * Modeler does, and the verdict and message {@code expectations.txt} gives for it.
 */
@PlatformTest
class LintCorpusTest {

  @Autowired
  PlatformHttp http;

  @Autowired
  RepositoryService repository;

  private final List<String> tenantDeployments = new ArrayList<>();

  /** The called process of "call-to-other-tenants", in two tenants but not without one. */
  @BeforeEach
  void sharedProcessInTwoTenants() {
    for (String tenant : List.of("corpus-a", "corpus-b")) {
      tenantDeployments.add(repository.createDeployment().name("corpus-tenant-shared").tenantId(tenant)
          .addModelInstance("tenant-shared.bpmn", Bpmn.createExecutableProcess("corpus-tenant-shared").name("共享子流程")
              .camundaStartableInTasklist(false).startEvent("StartEvent_Start").endEvent("EndEvent_Done").done())
          .deploy().getId());
    }
  }

  /** Other tests of the shared engine read definitions by key alone. */
  @AfterEach
  void removeTenantDeployments() {
    tenantDeployments.forEach(id -> repository.deleteDeployment(id, true));
    tenantDeployments.clear();
  }

  static Stream<Arguments> corpus() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    String[] blocks = Files.readString(LintCorpus.ROOT.resolve("expectations.txt"), StandardCharsets.UTF_8)
        .replaceAll("(?m)^#.*\\n", "").trim().split("\\n\\s*\\n");
    for (String block : blocks) {
      List<String> lines = block.lines().toList();
      String[] header = lines.get(0).trim().split("\\s+");
      cases.add(Arguments.of(header[0], Integer.parseInt(header[1]), lines.subList(1, lines.size())));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("corpus")
  void eachModelGetsItsVerdictWithTheMessageModelerShows(String folder, int status, List<String> messageSays)
      throws IOException {
    HttpResponse<String> response = http.deployAsModeler("analyst", "corpus-" + folder, LintCorpus.files(folder));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    if (status != 200) {
      String message = new ObjectMapper().readTree(response.body()).path("message").asText();
      assertThat(message).as("message").contains(messageSays);
    }
  }

}
