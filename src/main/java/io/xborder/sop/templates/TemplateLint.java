package io.xborder.sop.templates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;

/**
 * Checks a set of template files deployed together. References between them resolve within the
 * set first, then against what the engine (or, offline, the repository) already has.
 */
public class TemplateLint {

  private final DmnEngine dmnEngine;
  private final FeelEngineApi feel = FeelEngineBuilder.forJava().build();
  private final ObjectMapper json = new ObjectMapper();

  public TemplateLint(DmnEngine dmnEngine) {
    this.dmnEngine = dmnEngine;
  }

  /** Files by resource name; ".bpmn", ".dmn" and ".form" are checked, anything else passes. */
  public List<LintFinding> lint(Map<String, byte[]> files, KnownDefinitions elsewhere) {
    List<LintFinding> findings = new ArrayList<>();
    Map<String, BpmnModelInstance> processes = new LinkedHashMap<>();
    Set<String> formIds = new HashSet<>();
    Set<String> decisionKeys = new HashSet<>();
    Set<String> processKeys = new HashSet<>();
    Map<String, JsonNode> formsById = new HashMap<>();
    Map<String, JsonNode> formsByResource = new HashMap<>();

    files.forEach((name, content) -> {
      try {
        if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
          BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
          processes.put(name, model);
          model.getModelElementsByType(Process.class).forEach(process -> processKeys.add(process.getId()));
        } else if (name.endsWith(".dmn") || name.endsWith(".dmn11.xml")) {
          DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
          dmnEngine.parseDecisionRequirementsGraph(model);
          model.getModelElementsByType(Decision.class).forEach(decision -> decisionKeys.add(decision.getId()));
          findings.addAll(new DecisionLint(name, model, feel).check());
        } else if (name.endsWith(".form")) {
          formWithId(name, content, findings).ifPresent(form -> {
            formIds.add(form.get("id").asText());
            formsById.put(form.get("id").asText(), form);
            formsByResource.put(name, form);
          });
        }
      } catch (RuntimeException e) {
        findings.add(new LintFinding(name, null, LintRule.NOT_PARSEABLE, rootMessage(e)));
      }
    });

    KnownDefinitions known = KnownDefinitions.of(formIds, decisionKeys, processKeys).or(elsewhere);
    processes.forEach((name, model) -> findings.addAll(new ProcessLint(name, model, known, files.keySet()).check()));
    processes.forEach((name, model) -> findings.addAll(new LanguageLint(name, model, formsById, formsByResource).check()));
    return findings;
  }

  private Optional<JsonNode> formWithId(String name, byte[] content, List<LintFinding> findings) {
    JsonNode form;
    try {
      form = json.readTree(content);
    } catch (JsonProcessingException e) {
      findings.add(new LintFinding(name, null, LintRule.NOT_PARSEABLE, "not valid JSON: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr())));
      return Optional.empty();
    } catch (IOException e) {
      findings.add(new LintFinding(name, null, LintRule.NOT_PARSEABLE, e.getMessage()));
      return Optional.empty();
    }
    JsonNode id = form == null ? null : form.get("id");
    if (id == null || !id.isTextual() || id.asText().isBlank()) {
      findings.add(new LintFinding(name, null, LintRule.FORM_WITHOUT_ID, null));
      return Optional.empty();
    }
    return Optional.of(form);
  }

  /** The parser's own words: the model APIs wrap the XML parser's message in a generic one. */
  static String rootMessage(Throwable error) {
    String message = error.getMessage();
    for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null) {
        message = cause.getMessage();
      }
    }
    return message;
  }
}
