package io.xborder.sop.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The validation rules of one Camunda Form (form-js schema), applied to submitted values. */
public final class FormRules {

  private final List<JsonNode> fields = new ArrayList<>();

  public FormRules(JsonNode form) {
    collect(form.path("components"));
  }

  /** One message per broken rule, naming the field; empty when the values pass. */
  public List<String> violations(Function<String, Object> values) {
    List<String> violations = new ArrayList<>();
    for (JsonNode field : fields) {
      String key = field.get("key").asText();
      String label = field.path("label").asText(key);
      JsonNode rules = field.path("validate");
      Object value = values.apply(key);
      if (isEmpty(value)) {
        if (rules.path("required").asBoolean(false)) {
          violations.add(RefusalMessages.required(label, key));
        }
        continue;
      }
      checkText(label, key, rules, field.path("properties").path("format").asText(null), value, violations);
      checkNumber(label, key, rules, value, violations);
      checkOption(label, key, field, value, violations);
    }
    return violations;
  }

  private void collect(JsonNode components) {
    for (JsonNode component : components) {
      boolean readOnly = component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false);
      if (component.hasNonNull("key") && !readOnly) {
        fields.add(component);
      }
      collect(component.path("components"));
    }
  }

  private static void checkText(String label, String key, JsonNode rules, String format, Object value, List<String> violations) {
    if (!(value instanceof String text)) {
      return;
    }
    if (rules.has("maxLength") && text.length() > rules.get("maxLength").asInt()) {
      violations.add(RefusalMessages.tooManyCharacters(label, key, rules.get("maxLength").asInt()));
    }
    if (rules.has("minLength") && text.length() < rules.get("minLength").asInt()) {
      violations.add(RefusalMessages.tooFewCharacters(label, key, rules.get("minLength").asInt()));
    }
    if (rules.has("pattern") && !Pattern.compile(rules.get("pattern").asText()).matcher(text).matches()) {
      violations.add(RefusalMessages.noMatch(label, key));
    }
    // Tasklist's form library shows a broken validate.pattern to people as the bare regular expression, so
    // the templates keep their formats in the field's custom property "format" (Modeler: Custom properties),
    // which only the server checks; the field's description tells people what to type.
    if (format != null && !Pattern.compile(format).matcher(text).matches()) {
      violations.add(RefusalMessages.noMatch(label, key));
    }
  }

  private static void checkNumber(String label, String key, JsonNode rules, Object value, List<String> violations) {
    if (!rules.has("min") && !rules.has("max")) {
      return;
    }
    BigDecimal number;
    try {
      number = new BigDecimal(value.toString());
    } catch (NumberFormatException e) {
      violations.add(RefusalMessages.notANumber(label, key));
      return;
    }
    if (rules.has("min") && number.compareTo(rules.get("min").decimalValue()) < 0) {
      violations.add(RefusalMessages.belowMinimum(label, key, rules.get("min").asText()));
    }
    if (rules.has("max") && number.compareTo(rules.get("max").decimalValue()) > 0) {
      violations.add(RefusalMessages.aboveMaximum(label, key, rules.get("max").asText()));
    }
  }

  private static void checkOption(String label, String key, JsonNode field, Object value, List<String> violations) {
    JsonNode options = field.path("values");
    // A checklist or taglist holds a list of options, checked item by item by the form contract.
    if (!options.isArray() || options.isEmpty() || !List.of("select", "radio").contains(field.path("type").asText())) {
      return;
    }
    for (JsonNode option : options) {
      if (option.path("value").asText().equals(value.toString())) {
        return;
      }
    }
    violations.add(RefusalMessages.notAnOption(label, key, value.toString()));
  }

  private static boolean isEmpty(Object value) {
    return value == null || (value instanceof String text && text.isBlank());
  }
}
