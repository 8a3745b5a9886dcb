package io.xborder.sop.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a person's submission may contain: the editable fields of the form, each with a value of
 * the field's type (as REST variables {@code {"value": ..., "type": ...}}, the way Tasklist sends
 * them: primitives untyped, lists and objects as {@code Json}). A read-only field may come back
 * unchanged, as form-js submits it; a disabled one is never submitted by form-js at all.
 */
final class SubmissionContract {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<Function<String, Object>> ISO_DATES_AND_TIMES = List.of(
      LocalDate::parse, LocalDateTime::parse, OffsetDateTime::parse, LocalTime::parse, OffsetTime::parse);

  /** The variables before a start: none. */
  static final Function<String, Object> BEFORE_START = name -> null;

  private SubmissionContract() {}

  /**
   * @param current the value a variable has now (a task's variables; nothing before a start)
   */
  static List<Violation> check(DeployedForm form, JsonNode variables, Function<String, Object> current) {
    List<Violation> violations = new ArrayList<>();
    for (Map.Entry<String, JsonNode> submitted : variables.properties()) {
      String name = submitted.getKey();
      FormField field = form.field(name).orElse(null);
      if (field == null) {
        violations.add(new Violation(name, RefusalMessages.notInForm(name, form.formId())));
      } else if (field.disabled() || (field.readonly() && !unchanged(submitted.getValue(), current.apply(name), field))) {
        violations.add(new Violation(name, RefusalMessages.readOnlyField(field)));
      } else if (field.editable()) {
        String problem = typeProblem(field, submitted.getValue(), current);
        if (problem != null) {
          violations.add(new Violation(name, problem));
        }
      }
    }
    return violations;
  }

  private static boolean unchanged(JsonNode variable, Object currentValue, FormField field) {
    JsonNode value = variable.path("value");
    Object before = currentValue != null ? currentValue
        : field.defaultValue() == null ? null : field.defaultValue().asText();
    return value.isNull() || value.isMissingNode() ? before == null : Objects.equals(value.asText(), String.valueOf(before));
  }

  /** Null when the value fits the field; otherwise the message naming the field. */
  private static String typeProblem(FormField field, JsonNode variable, Function<String, Object> current) {
    JsonNode value = variable.path("value");
    String type = variable.path("type").asText("").toLowerCase(Locale.ROOT);
    if (value.isNull() || value.isMissingNode() || type.equals("null")) {
      return null;
    }
    return switch (field.type()) {
      case "textfield", "textarea" -> isText(type, value) ? null : RefusalMessages.wrongType(field, "text");
      case "number" -> isNumber(field, type, value) ? null : RefusalMessages.wrongType(field, "a number");
      case "checkbox" -> (type.isEmpty() || type.equals("boolean")) && value.isBoolean() ? null
          : RefusalMessages.wrongType(field, "true or false");
      case "datetime" -> isText(type, value) && isIsoDateOrTime(value.asText()) ? null
          : RefusalMessages.wrongType(field, "a date or time in ISO 8601 form, e.g. 2026-03-01");
      case "select", "radio" -> optionProblem(field, type, value, current);
      case "checklist", "taglist" -> listProblem(field, type, value, current);
      // Other keyed components (expression, filepicker...) take what form-js computes for them.
      default -> null;
    };
  }

  private static boolean isText(String type, JsonNode value) {
    return (type.isEmpty() || type.equals("string")) && value.isTextual();
  }

  private static boolean isNumber(FormField field, String type, JsonNode value) {
    if (value.isNumber()) {
      return type.isEmpty() || List.of("integer", "long", "short", "double").contains(type);
    }
    // form-js sends a number as text when the field says so (serializeToString).
    return field.serializeToString() && isText(type, value) && value.asText().matches("-?\\d+(\\.\\d+)?");
  }

  private static boolean isIsoDateOrTime(String text) {
    for (Function<String, Object> parser : ISO_DATES_AND_TIMES) {
      try {
        parser.apply(text);
        return true;
      } catch (DateTimeParseException notThisForm) {
        // try the next ISO form
      }
    }
    return false;
  }

  private static String optionProblem(FormField field, String type, JsonNode value, Function<String, Object> current) {
    if (!(type.isEmpty() || type.equals("string") || type.equals("integer") || type.equals("long")
        || type.equals("double") || type.equals("boolean")) || value.isContainerNode()) {
      return RefusalMessages.wrongType(field, "one of the form's options");
    }
    // Static options are the engine's form validation's to check (FormRules), with the other rules.
    Collection<String> options = field.options().isEmpty() ? options(field, current) : null;
    return options == null || options.contains(value.asText()) ? null : RefusalMessages.notAnOption(field, value.asText());
  }

  private static String listProblem(FormField field, String type, JsonNode value, Function<String, Object> current) {
    JsonNode list = type.equals("json") || type.equals("object") ? parse(value.asText()) : null;
    if (list == null || !list.isArray()) {
      return RefusalMessages.wrongType(field, "a list of the form's options");
    }
    Collection<String> options = options(field, current);
    for (JsonNode item : list) {
      if (item.isContainerNode() || (options != null && !options.contains(item.asText()))) {
        return RefusalMessages.notAnOption(field, item.toString());
      }
    }
    return null;
  }

  /**
   * The static options, or those in the field's {@code valuesKey} variable (a list of values or of
   * {@code {label, value}}); null when the options are not known here (computed by an expression, or
   * offered by the platform to a start form).
   */
  private static Collection<String> options(FormField field, Function<String, Object> current) {
    if (!field.options().isEmpty()) {
      return field.options();
    }
    if (field.valuesKey() == null || current == BEFORE_START) {
      // Before a start no variable holds them: they are the platform's ({@link StartFormValues}), and
      // its own check refuses a value outside them with the choices (the project owner).
      return null;
    }
    Object dynamic = current.apply(field.valuesKey());
    // A Json variable arrives as Spin's node, whose text is the JSON; Java lists and maps are converted.
    JsonNode list = dynamic == null ? null
        : dynamic instanceof Collection<?> || dynamic instanceof Map<?, ?> ? JSON.valueToTree(dynamic) : parse(dynamic.toString());
    List<String> options = new ArrayList<>();
    if (list != null) {
      list.forEach(option -> options.add(option.has("value") ? option.get("value").asText() : option.asText()));
    }
    return options;
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException notJson) {
      return null;
    }
  }
}
