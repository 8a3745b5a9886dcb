package io.xborder.sop.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The REST API puts its own English prefix with a definition or task id before every refusal of a
 * start or a task submission ("Cannot instantiate process definition store-opening:1:…: "), which
 * Tasklist shows as it is. The refusals made for people (form rules, four-eyes, an unknown owner)
 * already say what is wrong in their words, so the prefix is taken off and the message starts with them.
 */
@Configuration
class EngineRefusalText extends RewrittenJsonAnswer {

  private static final Pattern SUBMISSION = Pattern.compile(".*/(?:process-definition/.+/(?:start|submit-form)"
      + "|task/[^/]+/(?:complete|submit-form|resolve))");
  private static final Pattern ENGINE_PREFIX = Pattern.compile(
      "^(?:Cannot instantiate process definition|Cannot submit task form|Cannot complete task|Cannot resolve task) [^ ]+: ");

  private final String restPath;
  private final String webAppEnginePath;

  EngineRefusalText(EnginePaths paths) {
    super("POST", SUBMISSION);
    this.restPath = paths.rest();
    this.webAppEnginePath = paths.webApps() + "/api/engine";
  }

  @Bean
  FilterRegistrationBean<EngineRefusalText> engineRefusalTextFilter() {
    FilterRegistrationBean<EngineRefusalText> registration = new FilterRegistrationBean<>(this);
    registration.addUrlPatterns(restPath + "/*", webAppEnginePath + "/*");
    return registration;
  }

  @Override
  protected boolean rewrites(int status) {
    return status >= 400 && status < 500;
  }

  @Override
  protected boolean rewrite(JsonNode error) {
    if (!(error instanceof ObjectNode object) || !error.path("message").isTextual()) {
      return false;
    }
    Matcher prefix = ENGINE_PREFIX.matcher(error.path("message").asText());
    if (!prefix.find()) {
      return false;
    }
    object.put("message", error.path("message").asText().substring(prefix.end()));
    return true;
  }
}
