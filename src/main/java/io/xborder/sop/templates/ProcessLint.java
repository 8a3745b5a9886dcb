package io.xborder.sop.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;

/** The rules a BPMN template must keep, checked on its model as Modeler saved it. */
class ProcessLint {

  private static final String FORM_IN_DEPLOYMENT = "camunda-forms:deployment:";

  private final String resource;
  private final BpmnModelInstance model;
  private final KnownDefinitions known;
  private final Set<String> resourceNamesInDeployment;
  private final List<LintFinding> findings = new ArrayList<>();

  ProcessLint(String resource, BpmnModelInstance model, KnownDefinitions known, Set<String> resourceNamesInDeployment) {
    this.resource = resource;
    this.model = model;
    this.known = known;
    this.resourceNamesInDeployment = resourceNamesInDeployment;
  }

  List<LintFinding> check() {
    model.getModelElementsByType(Process.class).forEach(this::checkProcess);
    model.getModelElementsByType(UserTask.class).forEach(this::checkUserTask);
    model.getModelElementsByType(StartEvent.class).forEach(this::checkStartEvent);
    model.getModelElementsByType(BusinessRuleTask.class).forEach(this::checkDecisionReference);
    model.getModelElementsByType(CallActivity.class).forEach(this::checkCalledProcess);
    checkDiagram();
    return findings;
  }

  private void checkProcess(Process process) {
    if (process.isExecutable() && isBlank(process.getCamundaHistoryTimeToLiveString())) {
      report(process, LintRule.MISSING_HISTORY_TIME_TO_LIVE, null);
    }
  }

  private void checkUserTask(UserTask task) {
    if (isBlank(task.getCamundaAssignee()) && isBlank(task.getCamundaCandidateGroups())
        && isBlank(task.getCamundaCandidateUsers())) {
      report(task, LintRule.USER_TASK_WITHOUT_OWNER, null);
    }
    checkForm(task, task.getCamundaFormRef(), task.getCamundaFormKey());
  }

  /** Only a plain start event of a process people start in Tasklist is meant for people. */
  private void checkStartEvent(StartEvent start) {
    if (start.getParentElement() instanceof Process process && process.isCamundaStartableInTasklist()
        && start.getEventDefinitions().isEmpty()) {
      checkForm(start, start.getCamundaFormRef(), start.getCamundaFormKey());
    }
  }

  private void checkForm(BaseElement element, String formRef, String formKey) {
    if (isBlank(formRef) && isBlank(formKey)) {
      report(element, LintRule.MISSING_FORM, null);
    } else if (!isBlank(formRef) && !isExpression(formRef) && !known.hasForm(formRef)) {
      report(element, LintRule.UNKNOWN_FORM, "form id '" + formRef + "'");
    } else if (!isBlank(formKey) && formKey.startsWith(FORM_IN_DEPLOYMENT)) {
      String file = formKey.substring(FORM_IN_DEPLOYMENT.length());
      if (resourceNamesInDeployment.stream().noneMatch(name -> name.equals(file) || name.endsWith("/" + file))) {
        report(element, LintRule.UNKNOWN_FORM, "form file '" + file + "' is not in the deployment");
      }
    }
  }

  private void checkDecisionReference(BusinessRuleTask task) {
    String decision = task.getCamundaDecisionRef();
    if (!isBlank(decision) && !isExpression(decision) && !known.hasDecision(decision)) {
      report(task, LintRule.UNKNOWN_DECISION, "decision '" + decision + "'");
    }
  }

  private void checkCalledProcess(CallActivity call) {
    String called = call.getCalledElement();
    if (!isBlank(called) && !isExpression(called) && !known.hasProcess(called)) {
      report(call, LintRule.UNKNOWN_PROCESS, "process '" + called + "'");
    }
  }

  private void checkDiagram() {
    Set<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
        .filter(shape -> shape.getBpmnElement() != null)
        .map(shape -> shape.getBpmnElement().getId())
        .collect(Collectors.toSet());
    model.getModelElementsByType(BpmnEdge.class).stream()
        .filter(edge -> edge.getBpmnElement() != null)
        .forEach(edge -> drawn.add(edge.getBpmnElement().getId()));
    model.getModelElementsByType(FlowNode.class).stream()
        .filter(node -> !drawn.contains(node.getId()))
        .forEach(node -> report(node, LintRule.MISSING_DIAGRAM, "no shape"));
    model.getModelElementsByType(SequenceFlow.class).stream()
        .filter(flow -> !drawn.contains(flow.getId()))
        .forEach(flow -> report(flow, LintRule.MISSING_DIAGRAM, "no edge"));
  }

  private void report(BaseElement element, LintRule rule, String detail) {
    findings.add(new LintFinding(resource, element.getId(), rule, detail));
  }

  private static boolean isExpression(String value) {
    return value.contains("${") || value.contains("#{");
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
