package io.xborder.sop.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Lets Camunda answer a request, then changes its JSON answer in place before it leaves: for what
 * Camunda's own resources cannot be told to say (a refusal's wording, a start form's options).
 */
public abstract class RewrittenJsonAnswer extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String method;
  private final Pattern path;

  /** Rewrites the answers to {@code method} requests whose URI matches {@code path}. */
  protected RewrittenJsonAnswer(String method, Pattern path) {
    this.method = method;
    this.path = path;
  }

  /** Whether an answer with this status is one to rewrite. */
  protected abstract boolean rewrites(int status);

  /** Changes the answer in place; true when it changed. */
  protected abstract boolean rewrite(JsonNode answer);

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !method.equals(request.getMethod()) || !path.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, answer);
    if (rewrites(answer.getStatus())) {
      JsonNode json = readJson(answer.getContentAsByteArray());
      if (json != null && rewrite(json)) {
        answer.resetBuffer();
        answer.getOutputStream().write(JSON.writeValueAsBytes(json));
      }
    }
    answer.copyBodyToResponse();
  }

  private static JsonNode readJson(byte[] body) {
    try {
      return body.length == 0 ? null : JSON.readTree(body);
    } catch (IOException notJson) {
      return null;
    }
  }
}
