package io.xborder.sop.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.xborder.sop.system.EnginePaths;
import io.xborder.sop.system.RewrittenJsonAnswer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Serves a start form with its {@link StartFormValues} options written in: a select with
 * {@code valuesKey} = such a name gets {@code values}, so a person chooses (the project owner by name)
 * instead of typing. Tasklist fetches a Camunda Form through {@code .../deployed-start-form} and loads
 * no variables for a start, so the form itself has to carry them. A value outside them is refused by the
 * platform's own check in the engine, which names the choices.
 */
@Configuration
class StartFormOptions extends RewrittenJsonAnswer {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern DEPLOYED_START_FORM = Pattern.compile(".*/process-definition/.+/deployed-start-form");

  private final Map<String, StartFormValues> byName;
  private final List<String> mounts;

  StartFormOptions(List<StartFormValues> values,
      EnginePaths paths) {
    super("GET", DEPLOYED_START_FORM);
    this.byName = values.stream().collect(Collectors.toMap(StartFormValues::name, Function.identity()));
    this.mounts = List.of(paths.rest(), paths.webApps() + "/api/engine");
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
  protected boolean rewrites(int status) {
    return status == 200;
  }

  @Override
  protected boolean rewrite(JsonNode form) {
    return fillIn(form.path("components"));
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
}
