package io.xborder.sop.expressions;

import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;

/**
 * A template's expression or script tried what the platform does not run. The command rolls back.
 * A REST request error rather than an engine error: the REST API's {@code start} answers every engine
 * exception with 500 and passes only its own request errors on as 400, in {@code start},
 * {@code submit-form} and task completion alike ({@code system.engine.RefusalUnwrapping} unwraps it from the
 * engine's wrappers), as the project-code refusals do.
 */
public class ExpressionRefusedException extends InvalidRequestException {

  public ExpressionRefusedException(String message) {
    super(Status.BAD_REQUEST, message);
  }
}
