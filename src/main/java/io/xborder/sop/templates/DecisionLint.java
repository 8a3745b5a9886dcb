package io.xborder.sop.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
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
 * A finding names the cell as the table editor shows it: decision, rule number and column. Column labels
 * read Chinese: no agency works with a decision, while staff see its outputs in forms, mails and Cockpit.
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
    model.getModelElementsByType(Input.class).forEach(input -> checkLabel(input, input.getId(), input.getLabel()));
    model.getModelElementsByType(Output.class).forEach(output -> checkLabel(output, output.getId(), output.getLabel()));
    model.getModelElementsByType(LiteralExpression.class).forEach(expression ->
        check(expression, expression.getExpressionLanguage(), text(expression.getText()), false));
    model.getModelElementsByType(UnaryTests.class).forEach(tests ->
        check(tests, tests.getExpressionLanguage(), text(tests.getText()), true));
    return findings;
  }

  private void check(ModelElementInstance expression, String language, String text, boolean unaryTests) {
    int before = findings.size();
    check(owner(expression), language, text, unaryTests);
    String where = location(expression);
    for (int i = before; i < findings.size(); i++) {
      findings.set(i, findings.get(i).at(where));
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
  private void checkLabel(ModelElementInstance column, String columnId, String label) {
    if (LanguageLint.isProse(label) && !LanguageLint.hasChinese(label)) {
      findings.add(new LintFinding(resource, columnId, LintRule.DECISION_LANGUAGE, "write the label '" + label + "' in Chinese")
          .at(decisionName(column) + ", column '" + label + "'"));
    }
  }

  private static String owner(ModelElementInstance element) {
    for (ModelElementInstance parent = element.getParentElement(); parent != null; parent = parent.getParentElement()) {
      if (parent instanceof Rule || parent instanceof Input || parent instanceof Output || parent instanceof Decision) {
        return parent.getAttributeValue("id");
      }
    }
    return element.getAttributeValue("id");
  }

  /**
   * Where the table editor shows the expression: "decision 'Name' (id), rule 2, column 'Days of cover'"
   * with the rule numbered as the table's first column shows it; an input's expression is its column's
   * header; a literal expression is the decision itself.
   */
  static String location(ModelElementInstance expression) {
    Decision decision = null;
    Rule rule = null;
    for (ModelElementInstance parent = expression.getParentElement(); parent != null; parent = parent.getParentElement()) {
      if (parent instanceof Rule found && rule == null) {
        rule = found;
      } else if (parent instanceof Input input && rule == null) {
        return decisionName(input) + ", input column " + column(input.getLabel(), input.getInputExpression() == null ? null
            : text(input.getInputExpression().getText()), input.getId()) + " (its expression)";
      } else if (parent instanceof Decision found) {
        decision = found;
        break;
      }
    }
    if (rule == null) {
      return decision == null ? String.valueOf(expression.getAttributeValue("id")) : decisionName(decision);
    }
    DecisionTable table = (DecisionTable) rule.getParentElement();
    int number = List.copyOf(table.getRules()).indexOf(rule) + 1;
    String column;
    int inputIndex = List.copyOf(rule.getInputEntries()).indexOf(expression);
    if (inputIndex >= 0) {
      Input input = List.copyOf(table.getInputs()).get(inputIndex);
      column = "column " + column(input.getLabel(), input.getInputExpression() == null ? null
          : text(input.getInputExpression().getText()), input.getId());
    } else {
      int outputIndex = List.copyOf(rule.getOutputEntries()).indexOf(expression);
      Output output = outputIndex < 0 ? null : List.copyOf(table.getOutputs()).get(outputIndex);
      column = output == null ? "annotation" : "column " + column(output.getLabel(), output.getName(), output.getId());
    }
    return decisionName(rule) + ", rule " + number + ", " + column;
  }

  private static String decisionName(ModelElementInstance element) {
    ModelElementInstance parent = element;
    while (parent != null && !(parent instanceof Decision)) {
      parent = parent.getParentElement();
    }
    if (parent == null) {
      return "decision";
    }
    Decision decision = (Decision) parent;
    return "decision " + (decision.getName() == null || decision.getName().isBlank() ? "" : "'" + decision.getName() + "' ")
        + "(" + decision.getId() + ")";
  }

  /** A column by the header the table shows: its label, else its expression or output name, else its id. */
  private static String column(String label, String fallback, String id) {
    String header = label != null && !label.isBlank() ? label : fallback != null && !fallback.isBlank() ? fallback : id;
    return "'" + header + "'";
  }

  private static String text(org.camunda.bpm.model.dmn.instance.Text text) {
    return text == null || text.getTextContent() == null ? "" : text.getTextContent().trim();
  }
}
