package io.xborder.sop.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * What people read for a value the templates' forms offer as an option: the option's label, e.g.
 * platform {@code lazada} → "Lazada", site {@code DE} → "德国 (DE)". The forms are the one vocabulary,
 * so subjects and sign-off texts say what the selects say. Where forms label a value differently
 * (an agency's form adds English), the label most forms use wins. Templates call it as
 * {@code ${optionLabels.of('site', site)}}.
 */
@Component("optionLabels")
public class OptionLabels {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** key → value → label → how many forms use that label. */
  private final Map<String, Map<String, Map<String, Integer>>> uses = new HashMap<>();

  public OptionLabels(ResourcePatternResolver resources) {
    try {
      for (Resource form : resources.getResources("classpath*:forms/*.form")) {
        try (InputStream in = form.getInputStream()) {
          collect(JSON.readTree(in).path("components"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The bundled forms cannot be read", e);
    }
  }

  /** The label of the value among the options of fields named {@code key}; the value itself when no form offers it. */
  public String of(String key, Object value) {
    if (value == null) {
      return "";
    }
    return label(key, value.toString()).orElse(value.toString());
  }

  public Optional<String> label(String key, String value) {
    return Optional.ofNullable(uses.getOrDefault(key, Map.of()).get(value))
        .flatMap(labels -> labels.entrySet().stream()
            .max(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                .thenComparing(entry -> -entry.getKey().length()))
            .map(Map.Entry::getKey));
  }

  private void collect(JsonNode components) {
    for (JsonNode component : components) {
      String key = component.path("key").asText("");
      component.path("values").forEach(option -> {
        String label = option.path("label").asText("");
        if (!key.isEmpty() && !label.isBlank()) {
          uses.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(option.path("value").asText(), v -> new HashMap<>())
              .merge(label, 1, Integer::sum);
        }
      });
      collect(component.path("components"));
    }
  }
}
