package io.xborder.sop.templates;

import static org.assertj.core.api.Assertions.assertThat;

import io.xborder.sop.PlatformTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Flow-node coverage of every template in {@code processes/}, measured from what the whole test run
 * made the shared engine do (its activity history), printed, and held to 90%. The store-opening SOP's
 * processes are measured by the coverage library instead ({@link ProcessCoverageSummaryTest}). Runs after all other
 * test classes (see {@code junit-platform.properties}); a partial run measures only what it ran.
 */
@PlatformTest
@Order(Integer.MAX_VALUE)
class TemplateCoverageTest {

  static final double REQUIRED = 0.90;
  /** Printed into the build log by the pom's verify phase. */
  static final Path REPORT = Path.of("target", "template-coverage.txt");

  @Autowired
  JdbcTemplate history;

  @Test
  void everyTemplateIsCoveredByTheTests() throws IOException {
    List<String> shortfalls = new ArrayList<>();
    StringBuilder report = new StringBuilder("\nFlow-node coverage of the templates (whole test run):\n");
    for (Path file : templates()) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (Process process : model.getModelElementsByType(Process.class)) {
        if (ProcessCoverageSummaryTest.MEASURED_BY_THE_LIBRARY.contains(process.getId())) {
          report.append(String.format("  %-26s measured by the coverage library in its own run (below)%n",
              process.getId()));
          continue;
        }
        Set<String> nodes = model.getModelElementsByType(FlowNode.class).stream()
            .map(FlowNode::getId).collect(Collectors.toCollection(TreeSet::new));
        Set<String> passed = new HashSet<>();
        history.queryForList("select distinct ACT_ID_ from ACT_HI_ACTINST where PROC_DEF_KEY_ = ?", String.class,
            process.getId()).forEach(id -> passed.add(id.replace("#multiInstanceBody", "")));
        Set<String> missed = new TreeSet<>(nodes);
        missed.removeAll(passed);
        double coverage = (nodes.size() - missed.size()) / (double) nodes.size();
        report.append(String.format("  %-26s %5.1f%%  (%d of %d flow nodes)%s%n", process.getId(), coverage * 100,
            nodes.size() - missed.size(), nodes.size(), missed.isEmpty() ? "" : "  not reached: " + missed));
        if (coverage < REQUIRED) {
          shortfalls.add(process.getId());
        }
      }
    }
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, report);

    assertThat(shortfalls).as("templates under %.0f%% flow-node coverage%s", REQUIRED * 100, report).isEmpty();
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
    }
  }
}
