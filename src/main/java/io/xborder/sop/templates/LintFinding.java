package io.xborder.sop.templates;

/**
 * One broken rule, said so that an analyst can act on it in Camunda Modeler: the file, the element
 * by the name Modeler shows and its id (or, in a decision table, the decision, rule number and
 * column), why, and the properties-panel group and field to change.
 *
 * @param elementId the element Modeler selects (null when the file as a whole is at fault)
 * @param where how the element is named in the message; null: by its id alone
 * @param modelerField the properties panel's group and field to change, e.g. {@code User assignment › Candidate groups}
 */
public record LintFinding(String resource, String elementId, String where, LintRule rule, String detail, String modelerField) {

  public LintFinding(String resource, String elementId, LintRule rule, String detail) {
    this(resource, elementId, null, rule, detail, rule.modelerField());
  }

  /** The same finding, to be changed in the given properties-panel field. */
  LintFinding in(String field) {
    return new LintFinding(resource, elementId, where, rule, detail, field);
  }

  /** The same finding, the element named as given (its name and id, a decision table's cell). */
  LintFinding at(String elementWhere) {
    return new LintFinding(resource, elementId, elementWhere, rule, detail, modelerField);
  }

  public String describe() {
    String element = where != null ? where : elementId;
    String place = element == null ? resource : resource + " › " + element;
    String why = detail == null ? rule.description() : rule.description() + ": " + detail;
    return place + " [" + rule.code() + "] " + why + (modelerField == null ? "" : " (Modeler: " + modelerField + ")");
  }
}
