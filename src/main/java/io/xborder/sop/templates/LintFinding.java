package io.xborder.sop.templates;

/** One broken rule: the file, the element (null when the file as a whole is at fault) and why. */
public record LintFinding(String resource, String elementId, LintRule rule, String detail) {

  public String describe() {
    String where = elementId == null ? resource : resource + " › " + elementId;
    String why = detail == null ? rule.description() : rule.description() + ": " + detail;
    return where + " [" + rule.code() + "] " + why;
  }
}
