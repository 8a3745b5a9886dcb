package io.xborder.sop.templates;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;

/** Small templates for lint tests: one valid of each kind, and the ways analysts break them. */
public final class Templates {

  static final String PROCESS_ID = "lint-sample";
  static final String START_FORM = "lint-sample-start";
  static final String TASK_FORM = "lint-sample-task";

  private Templates() {}

  /** A people-started process with one task for operations, drawn, with history retention. */
  static BpmnModelInstance validProcess(String processId) {
    return Bpmn.createExecutableProcess(processId)
        .name("示例流程")
        .camundaHistoryTimeToLive(1095)
        .startEvent("Event_Requested").camundaFormRef(START_FORM).camundaFormRefBinding("latest")
        .userTask("Task_DoTheWork").name("完成工作").camundaCandidateGroups("operations")
            .camundaFormRef(TASK_FORM).camundaFormRefBinding("latest")
        .endEvent("Event_Done")
        .done();
  }

  static byte[] bytes(BpmnModelInstance model) {
    return Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8);
  }

  static void removeEdgeOf(BpmnModelInstance model, String flowId) {
    model.getModelElementsByType(BpmnEdge.class).stream()
        .filter(edge -> edge.getBpmnElement().getId().equals(flowId))
        .findFirst()
        .ifPresent(edge -> edge.getParentElement().removeChildElement(edge));
  }

  static byte[] form(String id) {
    return form(id, "备注");
  }

  /** A form with one text field labelled as given. */
  static byte[] form(String id, String label) {
    return ("{\"id\": \"" + id + "\", \"type\": \"default\", \"schemaVersion\": 16, \"components\": ["
        + "{\"type\": \"textfield\", \"id\": \"Field_Note\", \"key\": \"note\", \"label\": \"" + label + "\"}]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A one-rule decision table whose input entry is the given FEEL unary test. */
  public static byte[] decision(String decisionId, String inputEntry) {
    return ("""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_%1$s" name="%1$s" namespace="http://xborder.io/sop">
          <decision id="%1$s" name="Lint sample decision" camunda:historyTimeToLive="P1095D">
            <decisionTable id="Table_%1$s" hitPolicy="UNIQUE">
              <input id="Input_Days" label="库存可售天数">
                <inputExpression id="InputExpression_Days" typeRef="number"><text>daysOfCover</text></inputExpression>
              </input>
              <output id="Output_Mode" label="运输方式" name="mode" typeRef="string" />
              <rule id="Rule_Urgent">
                <inputEntry id="InputEntry_Urgent"><text>%2$s</text></inputEntry>
                <outputEntry id="OutputEntry_Urgent"><text>"air"</text></outputEntry>
              </rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(decisionId, inputEntry.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))).getBytes(StandardCharsets.UTF_8);
  }
}
