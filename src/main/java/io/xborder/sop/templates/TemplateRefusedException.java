package io.xborder.sop.templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;

/**
 * A deployment the lint refused. It is a {@link ParseException} so that the REST API answers
 * 400 with a report per file, each problem carrying the offending element's id, exactly as it does
 * for the engine's own parse errors.
 */
public class TemplateRefusedException extends ParseException {

  private final List<LintFinding> findings;

  public TemplateRefusedException(List<LintFinding> findings) {
    super(message(findings), findings.get(0).resource(), List.of(), List.of());
    this.findings = List.copyOf(findings);
    this.resorceReports = reports(findings);
  }

  public List<LintFinding> findings() {
    return findings;
  }

  private static String message(List<LintFinding> findings) {
    return "The template lint refused this deployment (" + findings.size() + " problem"
        + (findings.size() == 1 ? "" : "s") + "):\n"
        + findings.stream().map(finding -> "- " + finding.describe()).collect(Collectors.joining("\n"));
  }

  private static List<ResourceReport> reports(List<LintFinding> findings) {
    Map<String, List<Problem>> byResource = new LinkedHashMap<>();
    findings.forEach(finding -> byResource.computeIfAbsent(finding.resource(), name -> new ArrayList<>())
        .add(new LintProblem(finding)));
    List<ResourceReport> reports = new ArrayList<>();
    byResource.forEach((resource, problems) -> reports.add(new Report(resource, problems)));
    return reports;
  }

  private record Report(String getResourceName, List<Problem> getErrors) implements ResourceReport {
    @Override
    public List<Problem> getWarnings() {
      return List.of();
    }
  }

  /** The lint reads models, not text, so it has no line numbers to give. */
  private record LintProblem(LintFinding finding) implements Problem {
    @Override
    public String getMessage() {
      return finding.describe();
    }

    @Override
    public int getLine() {
      return 0;
    }

    @Override
    public int getColumn() {
      return 0;
    }

    @Override
    public String getMainElementId() {
      return finding.elementId();
    }

    @Override
    public List<String> getElementIds() {
      return finding.elementId() == null ? List.of() : List.of(finding.elementId());
    }
  }
}
