package io.xborder.sop.templates;

/**
 * What a template must satisfy before the engine runs it; the code is what refusals name, the
 * Modeler field (properties panel group › field of Camunda Modeler 5, Camunda 7 diagrams) where it
 * is usually fixed, when there is one.
 */
public enum LintRule {
  NOT_PARSEABLE("not-parseable", "the file cannot be read", null),
  CAMUNDA_8_DIAGRAM("camunda-8-diagram", "this is a Camunda 8 (Zeebe) diagram, and this platform runs Camunda 7:"
      + " create it in Modeler as a Camunda 7 BPMN diagram and deploy it to the Camunda 7 target", null),
  ENGINE("engine", "the engine cannot deploy it", null),
  USER_TASK_WITHOUT_OWNER("user-task-without-owner", "a user task needs an assignee, candidate group or candidate user",
      "User assignment › Candidate groups"),
  MISSING_FORM("missing-form", "people work on it through a form: choose Camunda Forms or Generated Task Forms, or a form key"
      + " of a form in the deployment", "Forms › Type"),
  APP_FORM_KEY("app-form-key", "the form key points into a process application, which this platform does not have, so"
      + " Tasklist cannot open the form: deploy the form with the diagram (Camunda Forms, or camunda-forms:deployment:…)"
      + " or use Generated Task Forms", "Forms › Form key"),
  UNKNOWN_FORM("unknown-form", "the form is not where its binding looks for it, so Tasklist cannot open it",
      "Forms › Form reference"),
  UNKNOWN_DECISION("unknown-decision", "the business rule task references a decision that is neither in this deployment nor in the engine",
      "Implementation › Decision reference"),
  UNKNOWN_PROCESS("unknown-process", "the call activity references a process that the engine would not find when it is called",
      "Called element › Called element"),
  UNKNOWN_USER("unknown-user", "there is no such user, so nobody but administrators would see the task",
      "User assignment › Assignee"),
  UNKNOWN_GROUP("unknown-group", "there is no such group, so nobody but administrators would see the task",
      "User assignment › Candidate groups"),
  MISSING_DIAGRAM("missing-diagram", "every flow node and sequence flow needs a shape or edge, or Modeler cannot show it as drawn", null),
  BAD_FEEL("bad-feel", "the FEEL expression does not parse", null),
  FORM_WITHOUT_ID("form-without-id", "a Camunda Form needs an id, which tasks reference", "General › ID"),
  CLASS_REFERENCE("class-reference", "a model may not name Java classes (camunda:class, class on a listener, variableMappingClass): call a bean of the catalogue with an expression",
      "Implementation › Type"),
  SCRIPT("script", "scripts do not run on this platform (script tasks, script listeners, conditions and mappings, in any language including JUEL)", null),
  FORBIDDEN_EXPRESSION("forbidden-expression", "the expression reaches into Java or the engine (getClass, forName, class loaders, Runtime, engine services, ...)", null),
  NOT_IN_CATALOGUE("not-in-catalogue", "the expression calls a bean, method or function outside the published catalogue (README, Expressions in templates)", null),
  BAD_EXPRESSION("bad-expression", "the expression does not parse", null),
  DMN_EXPRESSION_NOT_FEEL("dmn-expression-not-feel", "a decision's expressions must be FEEL: JUEL and script languages are refused", null),
  TOO_DEEPLY_NESTED("too-deeply-nested", "the expression or file nests too deeply", null),
  UNSUPPORTED_FILE_TYPE("unsupported-file-type", "only " + TemplateLint.ALLOWED_TYPES + " files can be deployed", null),
  RESOURCE_TOO_LARGE("resource-too-large", "the file is larger than a template may be", null),
  DEPLOYMENT_TOO_LARGE("deployment-too-large", "the deployment's files together are larger than a deployment may be", null),
  TASK_LANGUAGE("task-language", "a user task reads Chinese for staff, English when offered to an outside agency (agency-* group)", "General › Name"),
  PROCESS_LANGUAGE("process-language", "a process is named in Chinese, and also in English when outside agencies work in it", "General › Name"),
  DECISION_LANGUAGE("decision-language", "a decision's input and output column labels read Chinese: staff read its outputs (the variable names stay as they are)",
      "Decision table › column header › Label");

  private final String code;
  private final String description;
  private final String modelerField;

  LintRule(String code, String description, String modelerField) {
    this.code = code;
    this.description = description;
    this.modelerField = modelerField;
  }

  public String code() {
    return code;
  }

  public String description() {
    return description;
  }

  /** Where in Modeler's properties panel this is usually fixed; null when it is not one field. */
  public String modelerField() {
    return modelerField;
  }
}
