package io.xborder.sop.integrations;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An event body the platform will not act on; answered 400 with the reason and the field at fault. */
class InvalidEvent extends ErrorResponseException {

  /** {@code field}: the body field at fault, or null when the body as a whole is wrong. */
  InvalidEvent(String field, String reason) {
    super(HttpStatus.BAD_REQUEST, problem(field, reason), null);
  }

  private static ProblemDetail problem(String field, String reason) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, reason);
    if (field != null) {
      problem.setProperty("field", field);
    }
    return problem;
  }
}
