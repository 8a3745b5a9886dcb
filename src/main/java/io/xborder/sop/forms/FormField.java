package io.xborder.sop.forms;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One keyed component of a Camunda Form (form-js schema) as far as the contract needs it.
 *
 * @param type the form-js component type ({@code textfield}, {@code number}, {@code select}...)
 * @param disabled shown for reading only; form-js never submits it
 * @param readonly shown for reading only; form-js submits it, so it may come back unchanged
 * @param options the static option values ({@code values}), empty when there are none
 * @param valuesKey the variable holding the options of a dynamic select, radio, checklist or taglist
 */
record FormField(String key, String label, String type, String subtype, boolean disabled, boolean readonly,
    boolean serializeToString, List<String> options, String valuesKey, JsonNode defaultValue) {

  static List<FormField> of(JsonNode form) {
    List<FormField> fields = new ArrayList<>();
    collect(form.path("components"), fields);
    return List.copyOf(fields);
  }

  private static void collect(JsonNode components, List<FormField> fields) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key") && !"button".equals(component.path("type").asText())) {
        List<String> options = new ArrayList<>();
        component.path("values").forEach(option -> options.add(option.path("value").asText()));
        fields.add(new FormField(component.get("key").asText(), component.path("label").asText(null),
            component.path("type").asText(), component.path("subtype").asText(null),
            component.path("disabled").asBoolean(false), component.path("readonly").asBoolean(false),
            component.path("serializeToString").asBoolean(false), List.copyOf(options),
            component.path("valuesKey").asText(null), component.get("defaultValue")));
      }
      collect(component.path("components"), fields);
    }
  }

  boolean editable() {
    return !disabled && !readonly;
  }

  /** How a message names the field: the label the person sees, then the variable it writes. */
  String displayName() {
    return label == null || label.isBlank() ? key : "\"" + label + "\" (" + key + ")";
  }
}
