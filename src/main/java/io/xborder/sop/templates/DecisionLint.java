package io.xborder.sop.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.UnaryTests;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.ParseResult;

/**
 * Parses every FEEL expression of a DMN, which the engine itself only does when a rule is first
 * evaluated: a typo would otherwise surface as an incident in a running project, not at deployment.
 * Decisions, like processes, must say how long their history is kept.
 */
class DecisionLint {

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
    for (DecisionTable table : model.getModelElementsByType(DecisionTable.class)) {
      for (Input input : table.getInputs()) {
        checkExpression(input.getId(), input.getInputExpression());
      }
      for (Rule rule : table.getRules()) {
        rule.getInputEntries().forEach(entry -> checkUnaryTests(rule.getId(), entry));
        rule.getOutputEntries().forEach(entry -> checkExpression(rule.getId(), entry));
      }
    }
    return findings;
  }

  private void checkExpression(String elementId, LiteralExpression expression) {
    if (expression != null && isFeel(expression.getExpressionLanguage())) {
      String text = text(expression.getText());
      if (!text.isEmpty()) {
        report(elementId, text, feel.parseExpression(text));
      }
    }
  }

  private void checkUnaryTests(String elementId, UnaryTests tests) {
    if (isFeel(tests.getExpressionLanguage())) {
      String text = text(tests.getText());
      if (!text.isEmpty() && !text.equals("-")) {
        report(elementId, text, feel.parseUnaryTests(text));
      }
    }
  }

  private void report(String elementId, String text, ParseResult result) {
    if (result.isFailure()) {
      findings.add(new LintFinding(resource, elementId, LintRule.BAD_FEEL,
          "'" + text + "': " + result.failure().message()));
    }
  }

  private boolean isFeel(String language) {
    String effective = language != null ? language : defaultLanguage;
    return effective == null || effective.toLowerCase(Locale.ROOT).contains("feel");
  }

  private static String text(org.camunda.bpm.model.dmn.instance.Text text) {
    return text == null || text.getTextContent() == null ? "" : text.getTextContent().trim();
  }
}
