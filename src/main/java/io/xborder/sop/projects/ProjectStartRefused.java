package io.xborder.sop.projects;

import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;

/**
 * A project start refused because of its project code (business key). A REST request error rather
 * than an engine error: the REST API's {@code start} answers every engine exception with 500 and
 * passes only its own request errors on as 400, in {@code start} and {@code submit-form} alike.
 */
public class ProjectStartRefused extends InvalidRequestException {

  public ProjectStartRefused(String reason) {
    super(Status.BAD_REQUEST, reason);
  }
}
