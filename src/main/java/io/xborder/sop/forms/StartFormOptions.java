package io.xborder.sop.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves a start form with its {@link StartFormValues} options written in: a select with
 * {@code valuesKey} = such a name gets {@code values}, so a person chooses (the project owner by name)
 * instead of typing. Tasklist fetches a Camunda Form through {@code .../deployed-start-form} and loads
 * no variables for a start, so the form itself has to carry them. A value outside them is refused by the
 * platform's own check in the engine, which names the choices.
 */
@Configuration
class StartFormOptions extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DEPLOYED_START_FORM = Pattern.compile(".*/process-definition/.+/deployed-start-form");

  private final Map<String, StartFormValues> byName;
  private final List<String> mounts;

  StartFormOptions(List<StartFormValues> values,
      @Value("${spring.jersey.application-path:/engine-rest}") String restPath,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webAppPath) {
    this.byName = values.stream().collect(Collectors.toMap(StartFormValues::name, Function.identity()));
    this.mounts = List.of(restPath, webAppPath + "/api/engine");
  }

  @Bean
  FilterRegistrationBean<StartFormOptions> startFormOptionsFilter() {
    FilterRegistrationBean<StartFormOptions> registration = new FilterRegistrationBean<>(this);
    mounts.forEach(mount -> registration.addUrlPatterns(mount + "/*"));
    return registration;
  }

  private Optional<List<Map<String, String>>> options(String valuesKey) {
    return Optional.ofNullable(byName.get(valuesKey)).map(StartFormValues::options);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"GET".equals(request.getMethod()) || !DEPLOYED_START_FORM.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, answer);
    if (answer.getStatus() == HttpServletResponse.SC_OK) {
      JsonNode form = readJson(answer.getContentAsByteArray());
      if (form != null && fillIn(form.path("components"))) {
        answer.resetBuffer();
        answer.getOutputStream().write(JSON.writeValueAsBytes(form));
      }
    }
    answer.copyBodyToResponse();
  }

  private boolean fillIn(JsonNode components) {
    boolean filled = false;
    for (JsonNode component : components) {
      Optional<List<Map<String, String>>> options = options(component.path("valuesKey").asText(""));
      if (component instanceof ObjectNode field && options.isPresent()) {
        field.remove("valuesKey");
        field.set("values", JSON.valueToTree(options.get()));
        filled = true;
      }
      filled |= fillIn(component.path("components"));
    }
    return filled;
  }

  private static JsonNode readJson(byte[] body) {
    try {
      return body.length == 0 ? null : JSON.readTree(body);
    } catch (IOException notJson) {
      return null;
    }
  }
}
