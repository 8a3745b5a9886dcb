package io.xborder.sop.templates;

import io.xborder.sop.expressions.ExpressionCatalogue;
import io.xborder.sop.expressions.JavaInternals;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Reads a JUEL expression as the engine will ({@code ${...}} or {@code #{...}}, parsed by Camunda's
 * own JUEL) and names what it may not call: members from {@link JavaInternals}, beans, bean methods
 * and functions outside the {@link ExpressionCatalogue}, and method names computed at run time.
 * Variables and operators are the model's own business. The parser is internal API; it is the only
 * way to see the expression exactly as the engine will.
 */
class ExpressionCheck {

  private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

  private final Predicate<String> isBeanName;

  /** @param isBeanName whether a name is a bean of the application (outside the catalogue these are refused) */
  ExpressionCheck(Predicate<String> isBeanName) {
    this.isBeanName = isBeanName;
  }

  static boolean isExpression(String value) {
    return value != null && (value.contains("${") || value.contains("#{"));
  }

  List<LintFinding> check(String resource, String elementId, String expression) {
    List<LintFinding> findings = new ArrayList<>();
    LintFinding tooDeep = Nesting.tooDeep(resource, elementId, expression);
    if (tooDeep != null) {
      findings.add(tooDeep);
      return findings;
    }
    Node root;
    try {
      root = PARSER.build(expression).getRoot();
    } catch (TreeBuilderException e) {
      findings.add(new LintFinding(resource, elementId, LintRule.BAD_EXPRESSION, e.getMessage()));
      return findings;
    }
    walk(root, (rule, detail) -> findings.add(new LintFinding(resource, elementId, rule, "'" + expression + "': " + detail)));
    return findings;
  }

  private interface Report {
    void add(LintRule rule, String detail);
  }

  private void walk(Node node, Report report) {
    if (node instanceof AstMethod method) {
      checkMethod((Node) method.getChild(0), report);
      walkChildren(method.getChild(0), report);
      walk(method.getChild(1), report);
      return;
    }
    if (node instanceof AstDot dot) {
      checkMember(dot.getChild(0), propertyName(dot), "property", report);
    } else if (node instanceof AstBracket bracket && bracket.getChild(1) instanceof AstString key) {
      checkMember(bracket.getChild(0), String.valueOf(key.eval(null, null)), "property", report);
    } else if (node instanceof AstIdentifier identifier) {
      String name = identifier.getName();
      if (JavaInternals.isMember(name)) {
        report.add(LintRule.FORBIDDEN_EXPRESSION, "'" + name + "'");
      } else if (!ExpressionCatalogue.isBean(name) && isBeanName.test(name)) {
        report.add(LintRule.NOT_IN_CATALOGUE, "bean '" + name + "'");
      }
    } else if (node instanceof AstFunction function && !ExpressionCatalogue.FUNCTIONS.contains(function.getName())) {
      report.add(LintRule.NOT_IN_CATALOGUE, "function '" + function.getName() + "()'");
    }
    walkChildren(node, report);
  }

  private void walkChildren(Node node, Report report) {
    for (int i = 0; i < node.getCardinality(); i++) {
      walk(node.getChild(i), report);
    }
  }

  /** The called node is the property being invoked: {@code prefix.name(...)} or {@code prefix['name'](...)}. */
  private void checkMethod(Node called, Report report) {
    if (called instanceof AstDot dot) {
      checkMember(dot.getChild(0), propertyName(dot), "method", report);
    } else if (called instanceof AstBracket bracket) {
      if (bracket.getChild(1) instanceof AstString key) {
        checkMember(bracket.getChild(0), String.valueOf(key.eval(null, null)), "method", report);
      } else {
        report.add(LintRule.FORBIDDEN_EXPRESSION, "a method whose name is computed at run time");
      }
    }
  }

  private void checkMember(Node prefix, String name, String kind, Report report) {
    if (JavaInternals.isMember(name)) {
      report.add(LintRule.FORBIDDEN_EXPRESSION, "'" + name + "'");
    } else if (prefix instanceof AstIdentifier bean && ExpressionCatalogue.isBean(bean.getName())
        && !(kind.equals("method") && ExpressionCatalogue.allows(bean.getName(), name))) {
      report.add(LintRule.NOT_IN_CATALOGUE, kind + " '" + bean.getName() + "." + name + "'");
    }
  }

  /** JUEL keeps the name private; its text form is ". name". */
  private static String propertyName(AstDot dot) {
    String text = dot.toString();
    return text.startsWith(". ") ? text.substring(2) : text;
  }
}
