package io.xborder.sop.expressions;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A template's expression or script tried what the platform does not run. The command rolls back
 * and the REST API answers 400 with this reason ({@code system.RefusalUnwrapping} unwraps it).
 */
public class ExpressionRefusedException extends BadUserRequestException {

  public ExpressionRefusedException(String message) {
    super(message);
  }
}
