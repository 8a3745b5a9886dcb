package io.xborder.sop.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The REST API puts its own English prefix with a definition or task id before every refusal of a
 * start or a task submission ("Cannot instantiate process definition store-opening:1:…: "), which
 * Tasklist shows as it is. The refusals made for people (form rules, four-eyes, an unknown owner)
 * already say what is wrong in their words, so the prefix is taken off and the message starts with them.
 */
@Configuration
class EngineRefusalText extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SUBMISSION = Pattern.compile(".*/(?:process-definition/.+/(?:start|submit-form)"
      + "|task/[^/]+/(?:complete|submit-form|resolve))");
  private static final Pattern ENGINE_PREFIX = Pattern.compile(
      "^(?:Cannot instantiate process definition|Cannot submit task form|Cannot complete task|Cannot resolve task) [^ ]+: ");

  private final String restPath;
  private final String webAppEnginePath;

  EngineRefusalText(@Value("${spring.jersey.application-path:/engine-rest}") String restPath,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webAppPath) {
    this.restPath = restPath;
    this.webAppEnginePath = webAppPath + "/api/engine";
  }

  @Bean
  FilterRegistrationBean<EngineRefusalText> engineRefusalTextFilter() {
    FilterRegistrationBean<EngineRefusalText> registration = new FilterRegistrationBean<>(this);
    registration.addUrlPatterns(restPath + "/*", webAppEnginePath + "/*");
    return registration;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !SUBMISSION.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, answer);
    if (answer.getStatus() >= 400 && answer.getStatus() < 500) {
      String stripped = withoutEnginePrefix(answer.getContentAsByteArray());
      if (stripped != null) {
        answer.resetBuffer();
        answer.getOutputStream().write(stripped.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    answer.copyBodyToResponse();
  }

  /** The error body with its message's prefix taken off; null when it has none (or is no JSON error). */
  private static String withoutEnginePrefix(byte[] body) {
    try {
      JsonNode error = JSON.readTree(body);
      if (error instanceof ObjectNode object && error.path("message").isTextual()) {
        Matcher prefix = ENGINE_PREFIX.matcher(error.path("message").asText());
        if (prefix.find()) {
          object.put("message", error.path("message").asText().substring(prefix.end()));
          return JSON.writeValueAsString(object);
        }
      }
      return null;
    } catch (IOException notJson) {
      return null;
    }
  }
}
