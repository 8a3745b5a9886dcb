package io.xborder.sop.templates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;

/**
 * Checks a set of template files deployed together. References between them resolve within the
 * set first, then against what the engine (or, offline, the repository) already has. Only
 * template files of a bounded size are accepted, and nothing in them may run code on the server.
 */
public class TemplateLint {

  /** What Modeler deploys and Tasklist needs (Camunda Forms); embedded HTML forms would run the deployer's JavaScript in every user's browser. */
  public static final String ALLOWED_TYPES = ".bpmn, .bpmn20.xml, .dmn, .dmn11.xml, .form";
  private static final List<String> ALLOWED_SUFFIXES = List.of(".bpmn", ".bpmn20.xml", ".dmn", ".dmn11.xml", ".form");

  /** What other tools' files are and what to deploy instead. */
  private static final Map<String, String> UNSUPPORTED_KINDS = Map.of(
      ".cmmn", "CMMN case models do not run on this platform: model the case as a BPMN process",
      ".html", "embedded HTML forms would run the deployer's JavaScript in every user's browser: use a Camunda Form (.form)");
  /** Camunda Modeler marks a Camunda 8 diagram by its execution platform; its extensions are Zeebe's. */
  private static final Pattern CAMUNDA_8 =
      Pattern.compile("executionPlatform=\"Camunda Cloud\"|xmlns:\\w+=\"http://camunda\\.org/schema/zeebe/1\\.0\"");

  private final DmnEngine dmnEngine;
  private final DeploymentLimits limits;
  private final ExpressionCheck expressions;
  private final FeelEngineApi feel = FeelEngineBuilder.forJava().build();
  private final ObjectMapper json = new ObjectMapper();

  /** Offline (the repository's templates): default limits, no application beans to tell from variables. */
  public TemplateLint(DmnEngine dmnEngine) {
    this(dmnEngine, DeploymentLimits.DEFAULTS, name -> false);
  }

  /** @param isBeanName whether a name in an expression is a bean of the application (refused unless in the catalogue) */
  public TemplateLint(DmnEngine dmnEngine, DeploymentLimits limits, Predicate<String> isBeanName) {
    this.dmnEngine = dmnEngine;
    this.limits = limits;
    this.expressions = new ExpressionCheck(isBeanName);
  }

  /** Files by resource name, each checked by its type, deployed without a tenant. */
  public List<LintFinding> lint(Map<String, byte[]> files, KnownDefinitions elsewhere) {
    return lint(files, elsewhere, null, (name, content) -> List.of());
  }

  /**
   * Files by resource name, each checked by its type; references resolve in the deployment's tenant
   * (null: none). When anything is found, the engine's parse errors of each diagram are added, so
   * that one refusal names everything.
   */
  public List<LintFinding> lint(Map<String, byte[]> files, KnownDefinitions elsewhere, String tenantId,
      BiFunction<String, byte[], List<Problem>> engineParseErrors) {
    List<LintFinding> findings = new ArrayList<>(checkSizes(files));
    Map<String, BpmnModelInstance> processes = new LinkedHashMap<>();
    Set<String> formIds = new HashSet<>();
    Set<String> decisionKeys = new HashSet<>();
    Set<String> processKeys = new HashSet<>();
    Map<String, JsonNode> formsById = new HashMap<>();
    Map<String, JsonNode> formsByResource = new HashMap<>();

    files.forEach((name, content) -> {
      if (ALLOWED_SUFFIXES.stream().noneMatch(name::endsWith)) {
        findings.add(new LintFinding(name, null, LintRule.UNSUPPORTED_FILE_TYPE, UNSUPPORTED_KINDS.entrySet().stream()
            .filter(kind -> name.toLowerCase(Locale.ROOT).endsWith(kind.getKey())).map(Map.Entry::getValue).findFirst().orElse(null)));
        return;
      }
      if (content.length > limits.maxResourceSize().toBytes()) {
        return;
      }
      try {
        if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
          if (CAMUNDA_8.matcher(new String(content, StandardCharsets.UTF_8)).find()) {
            findings.add(new LintFinding(name, null, LintRule.CAMUNDA_8_DIAGRAM, null));
            return;
          }
          BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
          processes.put(name, model);
          model.getModelElementsByType(Process.class).stream().filter(Process::isExecutable)
              .forEach(process -> processKeys.add(process.getId()));
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
      } catch (StackOverflowError e) {
        findings.add(tooDeep(name));
      }
    });

    KnownDefinitions.Listed inDeployment = new KnownDefinitions.Listed(formIds, decisionKeys, processKeys,
        tenantId == null ? KnownDefinitions.NO_TENANT : tenantId);
    KnownDefinitions known = inDeployment.or(elsewhere);
    Set<String> called = new HashSet<>();
    processes.values().forEach(model -> called.addAll(ProcessLint.calledProcesses(model)));
    processes.forEach((name, model) -> {
      try {
        List<LintFinding> found = new ArrayList<>(new ProcessLint(name, model, known, inDeployment, files.keySet(), called).check());
        found.addAll(new ProcessCodeLint(name, model, expressions).check());
        found.addAll(new LanguageLint(name, model, formsById, formsByResource).check());
        found.forEach(finding -> findings.add(named(finding, model)));
      } catch (StackOverflowError e) {
        findings.add(tooDeep(name));
      }
    });
    Set<String> tooDeep = findings.stream().filter(finding -> finding.rule() == LintRule.TOO_DEEPLY_NESTED)
        .map(LintFinding::resource).collect(Collectors.toSet());
    if (!findings.isEmpty()) {
      processes.keySet().stream().filter(name -> !tooDeep.contains(name)).forEach(name -> engineParseErrors.apply(name, files.get(name)).forEach(problem -> findings.add(named(
          new LintFinding(name, problem.getMainElementId(), LintRule.ENGINE,
              problem.getMessage() + (problem.getLine() > 0 ? " (line " + problem.getLine() + ")" : "")), processes.get(name)))));
    }
    return findings;
  }

  /** The element as Modeler shows it: its kind, its name and its id. */
  private static LintFinding named(LintFinding finding, BpmnModelInstance model) {
    ModelElementInstance element = finding.elementId() == null || finding.where() != null ? null
        : model.getModelElementById(finding.elementId());
    if (element == null) {
      return finding;
    }
    String kind = element.getElementType().getTypeName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    String name = element.getAttributeValue("name");
    return finding.at(kind + " " + (name == null || name.isBlank() ? "" : "'" + name.strip() + "' ") + "(" + finding.elementId() + ")");
  }

  private List<LintFinding> checkSizes(Map<String, byte[]> files) {
    List<LintFinding> findings = new ArrayList<>();
    long total = 0;
    for (var file : files.entrySet()) {
      total += file.getValue().length;
      if (file.getValue().length > limits.maxResourceSize().toBytes()) {
        findings.add(new LintFinding(file.getKey(), null, LintRule.RESOURCE_TOO_LARGE,
            file.getValue().length + " bytes, at most " + limits.maxResourceSize() + " (xborder.deployment.max-resource-size)"));
      }
    }
    if (total > limits.maxSize().toBytes()) {
      findings.add(new LintFinding(String.join(", ", files.keySet()), null, LintRule.DEPLOYMENT_TOO_LARGE,
          total + " bytes, at most " + limits.maxSize() + " (xborder.deployment.max-size)"));
    }
    return findings;
  }

  /**
   * The last guard behind the nesting bounds of expressions: a file whose XML or JSON nests deeper
   * than a parser's stack is refused like any other broken file instead of failing the request.
   */
  private static LintFinding tooDeep(String name) {
    return new LintFinding(name, null, LintRule.TOO_DEEPLY_NESTED, "the file cannot be read without exhausting the stack");
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
