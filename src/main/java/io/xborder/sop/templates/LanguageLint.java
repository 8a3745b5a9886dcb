package io.xborder.sop.templates;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Staff read the templates in Chinese, outside agencies in English. A user task offered to a
 * literal {@code agency-*} candidate group reads English: no Chinese in its name, documentation or
 * form. Every other user task reads Chinese (a task whose group is an expression may reach staff,
 * so it is held to Chinese and may add English beside it). A process is named in Chinese, and in
 * English too when agencies work in it, because they see its name beside their task.
 */
class LanguageLint {

  static final String AGENCY_GROUP_PREFIX = "agency-";
  private static final String FORM_IN_DEPLOYMENT = "camunda-forms:deployment:";
  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
  /** A text with a lowercase word is prose to translate; one without (SKU, ACoS (%), a template) is a code. */
  private static final Pattern PROSE = Pattern.compile("[a-z]{3,}");
  private static final Pattern TEMPLATE_EXPRESSION = Pattern.compile("\\{\\{[^}]*}}");
  private static final String DOCUMENTATION = "Documentation › Element documentation";
  private static final String FORM_EDITOR = "the form's file, in the form editor";
  private static final List<String> FORM_TEXTS = List.of("text", "label", "description", "dateLabel", "timeLabel");

  private final String resource;
  private final BpmnModelInstance model;
  private final Map<String, JsonNode> formsById;
  private final Map<String, JsonNode> formsByResource;
  private final List<LintFinding> findings = new ArrayList<>();

  LanguageLint(String resource, BpmnModelInstance model, Map<String, JsonNode> formsById,
      Map<String, JsonNode> formsByResource) {
    this.resource = resource;
    this.model = model;
    this.formsById = formsById;
    this.formsByResource = formsByResource;
  }

  List<LintFinding> check() {
    model.getModelElementsByType(UserTask.class).stream().filter(ProcessLint::isExecutable).forEach(this::checkTask);
    model.getModelElementsByType(Process.class).stream().filter(Process::isExecutable).forEach(this::checkProcessName);
    return findings;
  }

  private void checkTask(UserTask task) {
    Optional<String> agency = agencyGroup(task);
    String documentation = task.getDocumentations().stream().map(Documentation::getTextContent)
        .collect(Collectors.joining("\n"));
    if (agency.isPresent()) {
      String why = "offered to " + agency.get() + ", so it reads English: ";
      if (hasChinese(task.getName())) {
        report(task.getId(), LintRule.TASK_LANGUAGE, why + "write the name '" + task.getName() + "' in English");
      }
      if (hasChinese(documentation)) {
        report(task.getId(), LintRule.TASK_LANGUAGE, why + "write the documentation in English", DOCUMENTATION);
      }
      form(task).ifPresent(form -> chineseInForm(form)
          .forEach(text -> report(task.getId(), LintRule.TASK_LANGUAGE,
              why + "form '" + formName(task) + "' has Chinese in '" + text + "'; write it in English", FORM_EDITOR)));
      return;
    }
    String why = "read by staff, so it reads Chinese: ";
    String name = task.getName();
    if (name == null || name.isBlank()) {
      report(task.getId(), LintRule.TASK_LANGUAGE, why + "give the task a Chinese name");
    } else if (!name.contains("${") && !hasChinese(name)) {
      report(task.getId(), LintRule.TASK_LANGUAGE, why + "write the name '" + name + "' in Chinese");
    }
    if (isProse(documentation) && !hasChinese(documentation)) {
      report(task.getId(), LintRule.TASK_LANGUAGE, why + "write the documentation in Chinese", DOCUMENTATION);
    }
    form(task).ifPresent(form -> texts(form, FORM_TEXTS).stream()
        .filter(text -> isProse(text) && !hasChinese(text))
        .forEach(text -> report(task.getId(), LintRule.TASK_LANGUAGE,
            why + "form '" + formName(task) + "' says '" + text + "'; write it in Chinese", FORM_EDITOR)));
  }

  private void checkProcessName(Process process) {
    String name = process.getName();
    boolean agenciesWorkHere = model.getModelElementsByType(UserTask.class).stream()
        .anyMatch(task -> agencyGroup(task).isPresent() && ProcessLint.processOf(task) == process);
    if (!hasChinese(name)) {
      report(process.getId(), LintRule.PROCESS_LANGUAGE, "name the process in Chinese"
          + (agenciesWorkHere ? " and English, e.g. '商品上新 / Product launch'" : "") + (name == null ? "" : ", not '" + name + "'"));
    } else if (agenciesWorkHere && !isProse(name)) {
      report(process.getId(), LintRule.PROCESS_LANGUAGE, "outside agencies work in it and see its name: add the English name, e.g. '"
          + name + " / Product launch'");
    }
  }

  private static Optional<String> agencyGroup(UserTask task) {
    String groups = task.getCamundaCandidateGroups();
    if (groups == null || groups.contains("${") || groups.contains("#{")) {
      return Optional.empty();
    }
    return Arrays.stream(groups.split(",")).map(String::trim).filter(group -> group.startsWith(AGENCY_GROUP_PREFIX)).findFirst();
  }

  /** The task's form when it is in this deployment; a form already in the engine was checked when it came in. */
  private Optional<JsonNode> form(UserTask task) {
    String formKey = task.getCamundaFormKey();
    if (formKey != null && formKey.startsWith(FORM_IN_DEPLOYMENT)) {
      String file = formKey.substring(FORM_IN_DEPLOYMENT.length());
      return formsByResource.entrySet().stream()
          .filter(entry -> entry.getKey().equals(file) || entry.getKey().endsWith("/" + file))
          .map(Map.Entry::getValue).findFirst();
    }
    return Optional.ofNullable(task.getCamundaFormRef()).map(formsById::get);
  }

  private static String formName(UserTask task) {
    return Optional.ofNullable(task.getCamundaFormRef()).orElse(task.getCamundaFormKey());
  }

  /** Everything an agency reads in the form, select options included, that is Chinese. */
  private static List<String> chineseInForm(JsonNode form) {
    List<String> texts = new ArrayList<>(texts(form, FORM_TEXTS));
    texts.addAll(texts(form, List.of("options")));
    return texts.stream().filter(LanguageLint::hasChinese).toList();
  }

  private static List<String> texts(JsonNode node, List<String> properties) {
    List<String> texts = new ArrayList<>();
    for (JsonNode component : node.path("components")) {
      for (String property : properties) {
        if (property.equals("options")) {
          component.path("values").forEach(option -> texts.add(option.path("label").asText()));
        } else if (component.path(property).isTextual()) {
          texts.add(component.get(property).asText());
        }
      }
      texts.addAll(texts(component, properties));
    }
    return texts;
  }

  static boolean hasChinese(String text) {
    return text != null && CHINESE.matcher(text).find();
  }

  static boolean isProse(String text) {
    return text != null && PROSE.matcher(TEMPLATE_EXPRESSION.matcher(text).replaceAll("")).find();
  }

  private void report(String elementId, LintRule rule, String detail) {
    findings.add(new LintFinding(resource, elementId, rule, detail));
  }

  private void report(String elementId, LintRule rule, String detail, String modelerField) {
    findings.add(new LintFinding(resource, elementId, rule, detail).in(modelerField));
  }
}
