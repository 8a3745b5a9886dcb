package io.xborder.sop.templates;

/** What a template must satisfy before the engine runs it; the code is what refusals name. */
public enum LintRule {
  NOT_PARSEABLE("not-parseable", "the file cannot be read"),
  USER_TASK_WITHOUT_OWNER("user-task-without-owner", "a user task needs an assignee, candidate group or candidate user"),
  MISSING_FORM("missing-form", "a user task or a start event for people needs a form (camunda:formRef or camunda:formKey)"),
  UNKNOWN_FORM("unknown-form", "the referenced form is neither in this deployment nor in the engine"),
  UNKNOWN_DECISION("unknown-decision", "the business rule task references a decision that is neither in this deployment nor in the engine"),
  UNKNOWN_PROCESS("unknown-process", "the call activity references a process that is neither in this deployment nor in the engine"),
  MISSING_HISTORY_TIME_TO_LIVE("missing-history-time-to-live", "an executable process or a decision needs camunda:historyTimeToLive"),
  MISSING_DIAGRAM("missing-diagram", "every flow node and sequence flow needs a shape or edge, or Modeler cannot show it as drawn"),
  BAD_FEEL("bad-feel", "the FEEL expression does not parse"),
  FORM_WITHOUT_ID("form-without-id", "a Camunda Form needs an id, which tasks reference"),
  CLASS_REFERENCE("class-reference", "a model may not name Java classes (camunda:class, class on a listener, variableMappingClass): call a bean of the catalogue with an expression"),
  SCRIPT("script", "scripts do not run on this platform (script tasks, script listeners, conditions and mappings, in any language including JUEL)"),
  FORBIDDEN_EXPRESSION("forbidden-expression", "the expression reaches into Java or the engine (getClass, forName, class loaders, Runtime, engine services, ...)"),
  NOT_IN_CATALOGUE("not-in-catalogue", "the expression calls a bean, method or function outside the published catalogue (README, Expressions in templates)"),
  BAD_EXPRESSION("bad-expression", "the expression does not parse"),
  DMN_EXPRESSION_NOT_FEEL("dmn-expression-not-feel", "a decision's expressions must be FEEL: JUEL and script languages are refused"),
  TOO_DEEPLY_NESTED("too-deeply-nested", "the expression or file nests too deeply"),
  UNSUPPORTED_FILE_TYPE("unsupported-file-type", "only " + TemplateLint.ALLOWED_TYPES + " files can be deployed"),
  RESOURCE_TOO_LARGE("resource-too-large", "the file is larger than a template may be"),
  DEPLOYMENT_TOO_LARGE("deployment-too-large", "the deployment's files together are larger than a deployment may be"),
  TASK_LANGUAGE("task-language", "a user task reads Chinese for staff, English when offered to an outside agency (agency-* group)"),
  PROCESS_LANGUAGE("process-language", "a process is named in Chinese, and also in English when outside agencies work in it"),
  DECISION_LANGUAGE("decision-language", "a decision's input and output column labels read Chinese: staff read its outputs (the variable names stay as they are)");

  private final String code;
  private final String description;

  LintRule(String code, String description) {
    this.code = code;
    this.description = description;
  }

  public String code() {
    return code;
  }

  public String description() {
    return description;
  }
}
