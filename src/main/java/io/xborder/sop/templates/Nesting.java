package io.xborder.sop.templates;

/**
 * How deeply brackets nest in an expression, outside string literals. Parsers of JUEL and FEEL
 * recurse once per level, so a few thousand levels exhaust the stack: the depth is measured first.
 */
final class Nesting {

  /** Deeper than any template needs, far below what would exhaust a parser's stack. */
  static final int MAX = 32;

  private Nesting() {}

  /** The finding for an expression nested deeper than {@link #MAX}, or null. */
  static LintFinding tooDeep(String resource, String elementId, String expression) {
    int depth = depth(expression);
    return depth <= MAX ? null
        : new LintFinding(resource, elementId, LintRule.TOO_DEEPLY_NESTED, depth + " levels, at most " + MAX);
  }

  static int depth(String expression) {
    int depth = 0;
    int deepest = 0;
    char quote = 0;
    for (int i = 0; i < expression.length(); i++) {
      char c = expression.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '(' || c == '[' || c == '{') {
        deepest = Math.max(deepest, ++depth);
      } else if (c == ')' || c == ']' || c == '}') {
        depth = Math.max(0, depth - 1);
      }
    }
    return deepest;
  }
}
