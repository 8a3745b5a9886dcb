package io.xborder.sop.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the coverage check judges what the engine reported, on a template of its own. */
class TemplateCoverageTest {

  /** Start, a choice, two ends: 4 flow nodes and 3 sequence flows. */
  private static TemplateCoverage coverageOfOneTemplate(Path folder) throws IOException {
    Bpmn.writeModelToFile(folder.resolve("choice.bpmn").toFile(), Bpmn.createExecutableProcess("choice")
        .startEvent("Event_Start").sequenceFlowId("Flow_ToChoice").exclusiveGateway("Gateway_Which")
        .sequenceFlowId("Flow_Left").endEvent("Event_Left")
        .moveToLastGateway().sequenceFlowId("Flow_Right").endEvent("Event_Right")
        .done());
    return new TemplateCoverage(folder);
  }

  @Test
  void aTemplateWithAnElementNeverReachedFallsShortAndTheElementIsNamed(@TempDir Path folder) throws IOException {
    TemplateCoverage coverage = coverageOfOneTemplate(folder);
    coverage.record("choice", "Event_Start", "startEvent", false);
    coverage.record("choice", "Gateway_Which", "exclusiveGateway", false);
    coverage.record("choice", "Flow_Left", "sequenceFlow", true);
    coverage.record("choice", "Event_Left", "endEvent", false);

    TemplateCoverage.Verdict verdict = coverage.check();

    assertThat(verdict.shortfalls()).containsExactly("choice");
    assertThat(verdict.figures()).contains("flow nodes  75.0% (3 of 4)").contains("not reached: [Event_Right]");
  }

  @Test
  void aSequenceFlowNeverTakenCountsAgainstTheTemplate(@TempDir Path folder) throws IOException {
    TemplateCoverage coverage = coverageOfOneTemplate(folder);
    for (String node : new String[] {"Event_Start", "Gateway_Which", "Event_Left", "Event_Right"}) {
      coverage.record("choice", node, "flowNode", false);
    }
    coverage.record("choice", "Flow_Left", "sequenceFlow", true);

    TemplateCoverage.Verdict verdict = coverage.check();

    assertThat(verdict.shortfalls()).containsExactly("choice");
    assertThat(verdict.figures()).contains("flow nodes 100.0%").contains("sequence flows not taken: [Flow_Right, Flow_ToChoice]");
  }

  @Test
  void everyElementReachedPassesAndElementsOrProcessesNotInTheFileAreNotCounted(@TempDir Path folder)
      throws IOException {
    TemplateCoverage coverage = coverageOfOneTemplate(folder);
    coverage.startRun("SomeTest");
    coverage.record("choice", "Task_OnlyInAnotherVersion", "userTask", false);
    coverage.record("not-a-template", "Event_Start", "startEvent", false);
    assertThat(coverage.check().figures()).contains("flow nodes   0.0% (0 of 4)");

    for (String node : new String[] {"Event_Start", "Gateway_Which", "Event_Left", "Event_Right"}) {
      coverage.record("choice", node, "flowNode", false);
    }
    coverage.startRun("AnotherTest");
    for (String flow : new String[] {"Flow_ToChoice", "Flow_Left", "Flow_Right"}) {
      coverage.record("choice", flow, "sequenceFlow", true);
    }

    TemplateCoverage.Verdict verdict = coverage.check();
    assertThat(verdict.shortfalls()).isEmpty();
    assertThat(verdict.figures()).contains("with sequence flows 100.0% (7 of 7)");
  }
}
