package io.xborder.sop.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.UnaryTests;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.ParseResult;

/**
 * Parses every FEEL expression of a DMN, which the engine itself only does when a rule is first
 * evaluated: a typo would otherwise surface as an incident in a running project, not at deployment.
 * Decisions are FEEL only: JUEL or a script language in a decision would run code on the server.
 * Decisions, like processes, must say how long their history is kept. Their column labels read Chinese:
 * no agency works with a decision, while staff see its outputs in forms, mails and Cockpit.
 */
class DecisionLint {

  /** FEEL's way to call any static Java method; the engine has it switched off, the lint names it. */
  private static final Pattern EXTERNAL_FUNCTION = Pattern.compile("function\\s*\\([^)]*\\)\\s*external\\b");

  private final String resource;
  private final DmnModelInstance model;
  private final FeelEngineApi feel;
  private final String defaultLanguage;
  private final List<LintFinding> findings = new ArrayList<>();

  DecisionLint(String resource, DmnModelInstance model, FeelEngineApi feel) {
    this.resource = resource;
    this.model = model;
    this.feel = feel;
    this.defaultLanguage = model.getDefinitions().getExpressionLanguage();
  }

  List<LintFinding> check() {
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      if (decision.getCamundaHistoryTimeToLiveString() == null || decision.getCamundaHistoryTimeToLiveString().isBlank()) {
        findings.add(new LintFinding(resource, decision.getId(), LintRule.MISSING_HISTORY_TIME_TO_LIVE, null));
      }
    }
    model.getModelElementsByType(Input.class).forEach(input -> checkLabel(input.getId(), input.getLabel()));
    model.getModelElementsByType(Output.class).forEach(output -> checkLabel(output.getId(), output.getLabel()));
    model.getModelElementsByType(LiteralExpression.class).forEach(expression ->
        check(owner(expression), expression.getExpressionLanguage(), text(expression.getText()), false));
    model.getModelElementsByType(UnaryTests.class).forEach(tests ->
        check(owner(tests), tests.getExpressionLanguage(), text(tests.getText()), true));
    return findings;
  }

  private void checkLabel(String columnId, String label) {
    if (LanguageLint.isProse(label) && !LanguageLint.hasChinese(label)) {
      findings.add(new LintFinding(resource, columnId, LintRule.DECISION_LANGUAGE, "write the label '" + label + "' in Chinese"));
    }
  }

  private void check(String elementId, String language, String text, boolean unaryTests) {
    if (text.isEmpty() || unaryTests && text.equals("-")) {
      return;
    }
    String effective = language != null ? language : defaultLanguage;
    if (effective != null && !effective.toLowerCase(Locale.ROOT).contains("feel")) {
      findings.add(new LintFinding(resource, elementId, LintRule.DMN_EXPRESSION_NOT_FEEL, "'" + text + "' in " + effective));
      return;
    }
    LintFinding tooDeep = Nesting.tooDeep(resource, elementId, text);
    if (tooDeep != null) {
      findings.add(tooDeep);
      return;
    }
    if (EXTERNAL_FUNCTION.matcher(text).find()) {
      findings.add(new LintFinding(resource, elementId, LintRule.FORBIDDEN_EXPRESSION, "'" + text + "': a FEEL external (Java) function"));
      return;
    }
    ParseResult result = unaryTests ? feel.parseUnaryTests(text) : feel.parseExpression(text);
    if (result.isFailure()) {
      findings.add(new LintFinding(resource, elementId, LintRule.BAD_FEEL, "'" + text + "': " + result.failure().message()));
    }
  }

  /** The rule, input, output or decision the expression belongs to: what Modeler shows and selects. */
  private static String owner(ModelElementInstance element) {
    for (ModelElementInstance parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
      if (parent instanceof Rule || parent instanceof Input || parent instanceof Output || parent instanceof Decision) {
        return parent.getAttributeValue("id");
      }
    }
    return element.getAttributeValue("id");
  }

  private static String text(org.camunda.bpm.model.dmn.instance.Text text) {
    return text == null || text.getTextContent() == null ? "" : text.getTextContent().trim();
  }
}
