package io.xborder.sop.templates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.EventSource;
import org.camunda.community.process_test_coverage.core.model.EventType;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.core.model.Run;
import org.camunda.community.process_test_coverage.core.model.Suite;
import org.camunda.community.process_test_coverage.report.CoverageReportUtil;

/**
 * What the tests made the templates in {@code processes/} do: every flow node started and every sequence
 * flow taken, as {@link TemplateCoverageRecording} reports them from the shared test engine. Held in
 * process-test-coverage's model (one suite, one run per test class) so that its HTML report shows them.
 * {@link #check()} names the templates under {@value #REQUIRED_PERCENT}% of their flow nodes, or of their
 * flow nodes and sequence flows together; {@link TemplateCoverageReport} writes it after the last test.
 */
final class TemplateCoverage {

  static final int REQUIRED_PERCENT = 90;
  static final String SUITE = "xborder-sop";

  /** This JVM's test run: the engine's listener reports to it, the JUnit listener starts its runs and reports it. */
  static final TemplateCoverage OF_THIS_RUN = new TemplateCoverage(Path.of("processes"));

  private final Map<String, Template> templates;
  private final DefaultCollector collector;
  private final Set<String> runs = new HashSet<>();
  /** Each element once per run: the report needs no more, and a busy run would otherwise hold every event. */
  private final Set<String> recordedInThisRun = new HashSet<>();

  TemplateCoverage(Path folder) {
    this.templates = read(folder);
    this.collector = new DefaultCollector(key -> templates.get(key).model());
    collector.createSuite(new Suite(SUITE, "Xborder SOP tests"));
    collector.activateSuite(SUITE);
    startRun("platform start");
  }

  /** Events from here on belong to the named run (a test class). */
  synchronized void startRun(String name) {
    if (runs.add(name)) {
      collector.createRun(new Run(name, name.substring(name.lastIndexOf('.') + 1)), SUITE);
    }
    collector.activateRun(name);
    recordedInThisRun.clear();
  }

  /** A flow node started or a sequence flow taken; anything not drawn in a template's file is not counted. */
  synchronized void record(String processKey, String elementId, String elementType, boolean sequenceFlow) {
    Template template = templates.get(processKey);
    if (template != null && (template.flowNodes().contains(elementId) || template.sequenceFlows().contains(elementId))
        && recordedInThisRun.add(processKey + " " + elementId)) {
      collector.addEvent(new Event(sequenceFlow ? EventSource.SEQUENCE_FLOW : EventSource.FLOW_NODE,
          sequenceFlow ? EventType.TAKE : EventType.START, elementId, elementType, processKey,
          System.currentTimeMillis()));
    }
  }

  /** Per template: flow nodes and elements covered, what was never reached, and whether it falls short. */
  synchronized Verdict check() {
    Set<String> covered = new HashSet<>();
    StringBuilder figures = new StringBuilder();
    List<String> shortfalls = new ArrayList<>();
    for (Template template : templates.values()) {
      covered.clear();
      for (Event event : collector.getActiveSuite().getEvents(template.key())) {
        covered.add(event.getDefinitionKey());
      }
      Set<String> missedNodes = missed(template.flowNodes(), covered);
      Set<String> missedFlows = missed(template.sequenceFlows(), covered);
      int nodes = template.flowNodes().size();
      int elements = nodes + template.sequenceFlows().size();
      double nodeCoverage = (nodes - missedNodes.size()) / (double) nodes;
      double elementCoverage = (elements - missedNodes.size() - missedFlows.size()) / (double) elements;
      figures.append(String.format("  %-22s flow nodes %5.1f%% (%d of %d), with sequence flows %5.1f%% (%d of %d)%s%s%n",
          template.key(), nodeCoverage * 100, nodes - missedNodes.size(), nodes, elementCoverage * 100,
          elements - missedNodes.size() - missedFlows.size(), elements,
          missedNodes.isEmpty() ? "" : "  flow nodes not reached: " + missedNodes,
          missedFlows.isEmpty() ? "" : "  sequence flows not taken: " + missedFlows));
      if (Math.min(nodeCoverage, elementCoverage) * 100 < REQUIRED_PERCENT) {
        shortfalls.add(template.key());
      }
    }
    return new Verdict(figures.toString(), shortfalls);
  }

  /** process-test-coverage's HTML and JSON report of the whole run, in {@code folder/}{@value #SUITE}. */
  synchronized void writeHtmlReport(Path folder) {
    CoverageReportUtil.createReport(collector, folder.toString());
    CoverageReportUtil.createJsonReport(collector, folder.toString());
  }

  record Verdict(String figures, List<String> shortfalls) {}

  private static Set<String> missed(Set<String> elements, Set<String> covered) {
    Set<String> missed = new TreeSet<>(elements);
    missed.removeAll(covered);
    return missed;
  }

  /** A process of a template file: its executable flow nodes and the sequence flows leaving them. */
  private record Template(String key, Set<String> flowNodes, Set<String> sequenceFlows, String xml) {
    Model model() {
      return new Model(key, flowNodes.size() + sequenceFlows.size(), "repository", xml);
    }
  }

  private static Map<String, Template> read(Path folder) {
    Map<String, Template> templates = new TreeMap<>();
    if (!Files.isDirectory(folder)) {
      return templates;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (Process process : model.getModelElementsByType(Process.class)) {
          Set<String> nodes = model.getModelElementsByType(FlowNode.class).stream()
              .filter(node -> process.equals(processOf(node))).map(FlowNode::getId)
              .collect(Collectors.toCollection(TreeSet::new));
          Set<String> flows = model.getModelElementsByType(SequenceFlow.class).stream()
              .filter(flow -> nodes.contains(flow.getSource().getId())).map(SequenceFlow::getId)
              .collect(Collectors.toCollection(TreeSet::new));
          templates.put(process.getId(), new Template(process.getId(), nodes, flows, Bpmn.convertToString(model)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return templates;
  }

  private static Process processOf(ModelElementInstance element) {
    ModelElementInstance parent = element.getParentElement();
    while (parent != null && !(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return (Process) parent;
  }
}
