package io.xborder.sop.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.community.process_test_coverage.core.export.CoverageStateJsonExporter;
import org.camunda.community.process_test_coverage.core.export.CoverageStateResult;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Adds up what the coverage library measured in the {@link MeasuredProcessCoverage} classes of this run,
 * prints it (the pom echoes the summary) and holds the store-opening SOP's processes to 90%. Ordered
 * after the measured classes, in their JVM.
 */
@Tag(MeasuredProcessCoverage.TAG)
@Order(Integer.MAX_VALUE)
class ProcessCoverageSummaryTest {

  /** The store-opening SOP's processes; the library counts flow nodes and sequence flows. */
  static final List<String> MEASURED_BY_THE_LIBRARY =
      List.of("store-opening", "kyc-submission", "two-level-signoff", "store-opening-batch");
  static final Path SUMMARY = Path.of(ProcessCoverage.REPORT_DIRECTORY, "summary.txt");

  @Test
  void theStoreOpeningProcessesAreCoveredAsTheCoverageLibraryMeasuresIt() throws IOException {
    String combined = null;
    for (String measuredClass : ProcessCoverage.MEASURED_CLASSES) {
      Path report = Path.of(ProcessCoverage.REPORT_DIRECTORY, measuredClass, "report.json");
      if (Files.exists(report)) {
        String json = Files.readString(report);
        combined = combined == null ? json : CoverageStateJsonExporter.combineCoverageStateResults(combined, json);
      }
    }
    assertThat(combined).as("reports of the classes measured in this run (a partial run may have none)").isNotNull();
    CoverageStateResult result = CoverageStateJsonExporter.readCoverageStateResult(combined);

    StringBuilder summary = new StringBuilder(String.format(
        "%nProcess coverage measured by camunda-process-test-coverage (flow nodes + sequence flows), from %s:%n",
        ProcessCoverage.MEASURED_CLASSES.stream().map(name -> name.substring(name.lastIndexOf('.') + 1)).toList()));
    List<String> shortfalls = new ArrayList<>();
    for (String key : MEASURED_BY_THE_LIBRARY) {
      Model model = result.getModels().stream().filter(m -> m.getKey().equals(key)).findFirst().orElse(null);
      double coverage = model == null ? 0 : result.calculateCoverage(model);
      summary.append(String.format("  %-26s %5.1f%%  (%d of %s elements)%n", key, coverage * 100,
          model == null ? 0 : result.getEventsDistinct(key).size(), model == null ? "?" : model.getTotalElementCount()));
      if (coverage < TemplateCoverageTest.REQUIRED) {
        shortfalls.add(key);
      }
    }
    summary.append("  HTML per test class: ").append(ProcessCoverage.REPORT_DIRECTORY).append("/<class>/report.html\n");
    Files.createDirectories(SUMMARY.getParent());
    Files.writeString(SUMMARY, summary);

    assertThat(shortfalls).as("processes under %.0f%% coverage%s", TemplateCoverageTest.REQUIRED * 100, summary)
        .isEmpty();
  }
}
