package io.xborder.sop.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.form.FormField;

/**
 * A generated task form ({@code camunda:formData}, Modeler's "Generated Task Forms") written as
 * the Camunda Form it amounts to, so that its fields' constraints (required, minlength, maxlength,
 * min, max, readonly, enum values) are checked by {@link FormRules} like any Camunda Form's, on
 * every submission, not only when Tasklist submits the form, and so that submissions through the REST
 * API are held to its fields like a Camunda Form's ({@link FormLookup}).
 */
public final class GeneratedForm {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GeneratedForm() {}

  /** One field as both sources describe it: the diagram's XML when it is parsed, the engine's form data at run time. */
  public record Field(String id, String label, String type, Map<String, String> constraints, Map<String, String> values) {}

  /** The generated form the engine serves for a task or start event, or null when it has none. */
  static JsonNode of(FormData formData) {
    if (formData == null || formData.getFormFields() == null || formData.getFormFields().isEmpty()) {
      return null;
    }
    List<Field> fields = new ArrayList<>();
    for (FormField field : formData.getFormFields()) {
      Map<String, String> constraints = new LinkedHashMap<>();
      field.getValidationConstraints().forEach(constraint -> constraints.put(constraint.getName(),
          constraint.getConfiguration() == null ? null : String.valueOf(constraint.getConfiguration())));
      Map<String, String> values = new LinkedHashMap<>();
      if (field.getType() != null && field.getType().getInformation("values") instanceof Map<?, ?> enumValues) {
        enumValues.forEach((id, name) -> values.put(String.valueOf(id), String.valueOf(name)));
      }
      fields.add(new Field(field.getId(), field.getLabel() == null ? field.getId() : field.getLabel(),
          field.getTypeName() == null ? "string" : field.getTypeName(), constraints, values));
    }
    return asCamundaForm(fields);
  }

  public static JsonNode asCamundaForm(List<Field> fields) {
    ObjectNode form = JSON.createObjectNode();
    ArrayNode components = form.putArray("components");
    for (Field field : fields) {
      ObjectNode component = components.addObject();
      component.put("key", field.id());
      component.put("label", field.label());
      component.put("type", switch (field.type()) {
        case "long" -> "number";
        case "boolean" -> "checkbox";
        case "enum" -> "select";
        case "date" -> "datetime";
        default -> "textfield";
      });
      ObjectNode validate = component.putObject("validate");
      field.constraints().forEach((name, config) -> {
        switch (name) {
          case "required" -> validate.put("required", true);
          case "readonly" -> component.put("readonly", true);
          case "minlength" -> validate.put("minLength", Integer.parseInt(config.trim()));
          case "maxlength" -> validate.put("maxLength", Integer.parseInt(config.trim()));
          case "min" -> validate.put("min", new BigDecimal(config.trim()));
          case "max" -> validate.put("max", new BigDecimal(config.trim()));
          default -> {
            // Custom validators are the engine's own business, checked when Tasklist submits the form.
          }
        }
      });
      ArrayNode values = component.putArray("values");
      field.values().forEach((id, name) -> values.addObject().put("value", id).put("label", name));
    }
    return form;
  }
}
