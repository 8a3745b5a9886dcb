package io.xborder.sop.expressions;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A template's expression or script tried what the platform does not run. The command rolls back.
 * It is a {@link FormFieldValidationException} because that is what the engine's REST API answers
 * with 400 and the reason on start, complete and submit-form ({@code system.RefusalUnwrapping}
 * unwraps it from the engine's wrappers), as the platform's other refusals do.
 */
public class ExpressionRefusedException extends FormFieldValidationException {

  public ExpressionRefusedException(String message) {
    super("expression", message);
  }
}
