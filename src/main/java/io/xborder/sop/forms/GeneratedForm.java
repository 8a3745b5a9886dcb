package io.xborder.sop.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * A generated task form ({@code camunda:formData}, Modeler's "Generated Task Forms") written as
 * the Camunda Form it amounts to, so that its fields' constraints (required, minlength, maxlength,
 * min, max, readonly, enum values) are checked by {@link FormRules} like any Camunda Form's, on
 * every submission, not only when Tasklist submits the form.
 */
final class GeneratedForm {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GeneratedForm() {}

  /** The form of a user task or start event, or null when it has no generated form. */
  static JsonNode of(Element flowNode) {
    Element extensions = flowNode.element("extensionElements");
    Element formData = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formData");
    if (formData == null) {
      return null;
    }
    ObjectNode form = JSON.createObjectNode();
    ArrayNode components = form.putArray("components");
    for (Element field : formData.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formField")) {
      ObjectNode component = components.addObject();
      component.put("key", field.attribute("id"));
      component.put("label", field.attribute("label", field.attribute("id")));
      component.put("type", switch (field.attribute("type", "string")) {
        case "long" -> "number";
        case "boolean" -> "checkbox";
        case "enum" -> "select";
        case "date" -> "datetime";
        default -> "textfield";
      });
      ObjectNode validate = component.putObject("validate");
      Element validation = field.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "validation");
      if (validation != null) {
        for (Element constraint : validation.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "constraint")) {
          String config = constraint.attribute("config");
          switch (constraint.attribute("name", "")) {
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
        }
      }
      ArrayNode values = component.putArray("values");
      for (Element value : field.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "value")) {
        values.addObject().put("value", value.attribute("id")).put("label", value.attribute("name", value.attribute("id")));
      }
    }
    return form;
  }
}
