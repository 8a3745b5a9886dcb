package io.xborder.sop.forms.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.xborder.sop.forms.FormRules;
import io.xborder.sop.forms.GeneratedForm;
import io.xborder.sop.system.engine.EngineExtensions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Gives every user task and start event that has a Camunda Form ({@code camunda:formRef}, or a
 * {@code camunda-forms:deployment:} form key) or a generated form ({@code camunda:formData}) a
 * validation of what is submitted, without analysts drawing anything. An execution listener, because
 * its refusal reaches the REST API as a form error (400); a task listener's would be wrapped into 500.
 */
@Component
class FormValidationPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineExtensions.addPostParseListener(configuration, new AddFormValidation());
  }

  static class AddFormValidation extends AbstractBpmnParseListener {

    @Override
    public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
      addValidation(userTask, activity, ExecutionListener.EVENTNAME_END);
    }

    @Override
    public void parseStartEvent(Element startEvent, ScopeImpl scope, ActivityImpl activity) {
      addValidation(startEvent, activity, ExecutionListener.EVENTNAME_END);
    }

    private static void addValidation(Element element, ActivityImpl activity, String event) {
      CamundaFormLocation form = CamundaFormLocation.of(camunda(element, "formRef"), camunda(element, "formRefBinding"),
          camunda(element, "formRefVersion"), camunda(element, "formKey"));
      JsonNode generated = form == null ? generatedForm(element) : null;
      // Validation comes first, before any listener of the template acts on the submitted values.
      if (form != null) {
        activity.addListener(event, new FormSubmissionValidator(form), 0);
      } else if (generated != null) {
        activity.addListener(event, new FormSubmissionValidator(new FormRules(generated)), 0);
      }
    }

    /** A generated form ({@code camunda:formData}) as the diagram's XML has it, or null when there is none. */
    private static JsonNode generatedForm(Element flowNode) {
      Element extensions = flowNode.element("extensionElements");
      Element formData = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formData");
      if (formData == null) {
        return null;
      }
      List<GeneratedForm.Field> fields = new ArrayList<>();
      for (Element field : formData.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formField")) {
        Map<String, String> constraints = new LinkedHashMap<>();
        Element validation = field.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "validation");
        if (validation != null) {
          validation.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "constraint")
              .forEach(constraint -> constraints.put(constraint.attribute("name", ""), constraint.attribute("config")));
        }
        Map<String, String> values = new LinkedHashMap<>();
        field.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "value")
            .forEach(value -> values.put(value.attribute("id"), value.attribute("name", value.attribute("id"))));
        fields.add(new GeneratedForm.Field(field.attribute("id"), field.attribute("label", field.attribute("id")),
            field.attribute("type", "string"), constraints, values));
      }
      return GeneratedForm.asCamundaForm(fields);
    }

    private static String camunda(Element element, String attribute) {
      return element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, attribute);
    }
  }
}
