package io.xborder.sop.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The product's endpoints answer every refusal as an RFC 9457 problem ({@code application/problem+json}):
 * the status, its title and the reason in {@code detail}, plus what the refusal adds (an event's
 * {@code field}). Controllers throw {@code ResponseStatusException} or an {@code ErrorResponseException}
 * of their capability; Spring MVC's own refusals (a missing parameter, a wrong method) answer alike.
 * Only the product's controllers: Camunda's REST API and web apps keep their own answers.
 */
@RestControllerAdvice(basePackages = "io.xborder.sop")
class ProblemAnswers extends ResponseEntityExceptionHandler {

  private static final ObjectMapper JSON = new ObjectMapper().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class);

  /** Spring's "Failed to read request" tells the caller nothing; Jackson's message would tell too much. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return handleExceptionInternal(unreadable, ProblemDetail.forStatusAndDetail(status, "The body must be a JSON object"),
        headers, status, request);
  }

  /** The same answer from a servlet filter, which refuses before any controller runs. */
  static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getWriter(), ProblemDetail.forStatusAndDetail(status, detail));
  }
}
