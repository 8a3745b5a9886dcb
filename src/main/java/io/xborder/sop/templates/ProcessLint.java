package io.xborder.sop.templates;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFormData;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The rules a BPMN template must keep, checked on its model as Modeler saved it, in executable
 * processes only (the engine ignores the others, such as a partner's pool in a collaboration):
 * every user task has an owner who exists and a form Tasklist can open, and so has the plain start
 * event of a process people start in Tasklist; what a task, call or decision references is where
 * the engine will look for it at run time.
 */
class ProcessLint {

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final String DEPLOYMENT = "deployment:";

  private final String resource;
  private final BpmnModelInstance model;
  private final KnownDefinitions known;
  private final KnownDefinitions.Listed inDeployment;
  private final Set<String> resourceNamesInDeployment;
  private final Set<String> calledInDeployment;
  private final List<LintFinding> findings = new ArrayList<>();

  /** @param calledInDeployment the process keys call activities of this deployment call */
  ProcessLint(String resource, BpmnModelInstance model, KnownDefinitions known, KnownDefinitions.Listed inDeployment,
      Set<String> resourceNamesInDeployment, Set<String> calledInDeployment) {
    this.resource = resource;
    this.model = model;
    this.known = known;
    this.inDeployment = inDeployment;
    this.resourceNamesInDeployment = resourceNamesInDeployment;
    this.calledInDeployment = calledInDeployment;
  }

  /** The literal process keys the model's call activities call. */
  static Set<String> calledProcesses(BpmnModelInstance model) {
    return model.getModelElementsByType(CallActivity.class).stream().map(CallActivity::getCalledElement)
        .filter(key -> !isBlank(key) && !isExpression(key)).collect(Collectors.toSet());
  }

  List<LintFinding> check() {
    model.getModelElementsByType(Process.class).stream().filter(Process::isExecutable).forEach(this::checkStarters);
    executable(UserTask.class).forEach(this::checkUserTask);
    executable(StartEvent.class).forEach(this::checkStartEvent);
    executable(BusinessRuleTask.class).forEach(this::checkDecisionReference);
    executable(CallActivity.class).forEach(this::checkCalledProcess);
    checkDiagram();
    return findings;
  }

  /** Elements of executable processes: only those are deployed and run. */
  private <T extends BaseElement> List<T> executable(Class<T> type) {
    return model.getModelElementsByType(type).stream().filter(ProcessLint::isExecutable).toList();
  }

  static boolean isExecutable(ModelElementInstance element) {
    Process process = processOf(element);
    return process != null && process.isExecutable();
  }

  static Process processOf(ModelElementInstance element) {
    ModelElementInstance parent = element;
    while (parent != null && !(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return (Process) parent;
  }

  private void checkStarters(Process process) {
    checkIdentities(process, process.getCamundaCandidateStarterUsers(), LintRule.UNKNOWN_USER, "Candidate starter › Candidate starter users");
    checkIdentities(process, process.getCamundaCandidateStarterGroups(), LintRule.UNKNOWN_GROUP, "Candidate starter › Candidate starter groups");
  }

  private void checkUserTask(UserTask task) {
    if (isBlank(task.getCamundaAssignee()) && isBlank(task.getCamundaCandidateGroups())
        && isBlank(task.getCamundaCandidateUsers())) {
      report(task, LintRule.USER_TASK_WITHOUT_OWNER, null);
    }
    checkIdentities(task, task.getCamundaAssignee(), LintRule.UNKNOWN_USER, "User assignment › Assignee");
    checkIdentities(task, task.getCamundaCandidateUsers(), LintRule.UNKNOWN_USER, "User assignment › Candidate users");
    checkIdentities(task, task.getCamundaCandidateGroups(), LintRule.UNKNOWN_GROUP, "User assignment › Candidate groups");
    checkForm(task, null);
  }

  /**
   * Only the plain start event of a process people start in Tasklist is meant for people: a process
   * called by another of its deployment, one started by a message or timer, or an event subprocess's
   * start needs no form.
   */
  private void checkStartEvent(StartEvent start) {
    if (start.getParentElement() instanceof Process process && process.isCamundaStartableInTasklist()
        && !calledInDeployment.contains(process.getId()) && start.getEventDefinitions().isEmpty()) {
      checkForm(start, "Forms › Type; or, if nobody starts it in Tasklist (it is only called, or started by a message or"
          + " timer), untick Tasklist › Startable on the process");
    }
  }

  /** Literal ids in an assignment (expressions are resolved at run time, and checked then). */
  private void checkIdentities(BaseElement element, String value, LintRule rule, String field) {
    for (String id : literals(value)) {
      boolean exists = rule == LintRule.UNKNOWN_USER ? known.hasUser(id) : known.hasGroup(id);
      if (!exists) {
        findings.add(finding(element, rule, (rule == LintRule.UNKNOWN_USER ? "user '" : "group '") + id + "'").in(field));
      }
    }
  }

  /** The comma-separated literal ids of a value, leaving out every ${...} or #{...} expression in it. */
  static List<String> literals(String value) {
    if (isBlank(value)) {
      return List.of();
    }
    StringBuilder outside = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c == '$' || c == '#') && i + 1 < value.length() && value.charAt(i + 1) == '{' && depth == 0) {
        depth = 1;
        i++;
      } else if (depth > 0) {
        depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      } else {
        outside.append(c);
      }
    }
    return Arrays.stream(outside.toString().split(",")).map(String::trim).filter(id -> !id.isEmpty()).toList();
  }

  private void checkForm(FlowElement element, String missingFormField) {
    String formRef = camunda(element, "formRef");
    String formKey = camunda(element, "formKey");
    if (!isBlank(formRef)) {
      checkFormRef(element, formRef);
    } else if (!isBlank(formKey)) {
      checkFormKey(element, formKey);
    } else if (!hasGeneratedForm(element)) {
      LintFinding missing = finding(element, LintRule.MISSING_FORM, null);
      findings.add(missingFormField == null ? missing : missing.in(missingFormField));
    }
  }

  private static boolean hasGeneratedForm(FlowElement element) {
    ExtensionElements extensions = element.getExtensionElements();
    return extensions != null && !extensions.getChildElementsByType(CamundaFormData.class).isEmpty();
  }

  /** Resolved as the engine does when Tasklist opens the form: by the binding. */
  private void checkFormRef(FlowElement element, String formRef) {
    if (isExpression(formRef)) {
      return;
    }
    String binding = camunda(element, "formRefBinding");
    boolean inThisDeployment = inDeployment.hasForm(formRef, inDeployment.tenant());
    if ("deployment".equals(binding)) {
      if (!inThisDeployment) {
        report(element, LintRule.UNKNOWN_FORM, "binding 'deployment' looks for form '" + formRef
            + "' in this deployment only, and it is not attached: attach its .form file when deploying, or choose binding 'latest'",
            "Forms › Binding");
      }
    } else if ("latest".equals(binding)) {
      // Tasklist's users see the forms without a tenant and those of their tenants: this deployment's.
      if (!known.hasForm(formRef, inDeployment.tenant()) && !known.hasForm(formRef, KnownDefinitions.NO_TENANT)) {
        report(element, LintRule.UNKNOWN_FORM, "no form with id '" + formRef + "' is deployed or attached to this deployment",
            "Forms › Form reference");
      }
    } else if ("version".equals(binding)) {
      String version = camunda(element, "formRefVersion");
      if (version != null && version.matches("\\d{1,9}")) {
        int wanted = Integer.parseInt(version);
        boolean willExist = inThisDeployment && (wanted == 1 || known.hasFormVersion(formRef, wanted - 1));
        if (!known.hasFormVersion(formRef, wanted) && !willExist) {
          report(element, LintRule.UNKNOWN_FORM, "form '" + formRef + "' has no version " + wanted, "Forms › Version");
        }
      }
    }
    // A missing or unknown binding is the engine's parse error, reported with these findings.
  }

  /** {@code camunda-forms:deployment:x.form}, {@code embedded:deployment:x.html}; an app's forms are not here. */
  private void checkFormKey(FlowElement element, String formKey) {
    if (isExpression(formKey)) {
      return;
    }
    boolean embedded = formKey.startsWith("embedded:");
    String location = formKey.replaceFirst("^(embedded|camunda-forms):", "");
    if (location.startsWith("app:")) {
      report(element, LintRule.APP_FORM_KEY, "'" + formKey + "'", "Forms › Form key");
    } else if (location.startsWith(DEPLOYMENT)) {
      String file = location.substring(DEPLOYMENT.length());
      if (embedded) {
        report(element, LintRule.UNKNOWN_FORM, "'" + formKey + "': embedded HTML forms are not deployed on this platform"
            + " (they would run the deployer's JavaScript in every user's browser): choose Camunda Forms or Generated Task Forms",
            "Forms › Type");
      } else if (!resourceNamesInDeployment.contains(file)) {
        // The engine serves the file by its exact name in the deployment, folders included.
        report(element, LintRule.UNKNOWN_FORM, "form file '" + file + "' is not in this deployment"
            + (resourceNamesInDeployment.stream().anyMatch(name -> name.endsWith("/" + file)) ? " under that name (folders count)" : "")
            + ": attach it when deploying",
            "Forms › Form key");
      }
    }
  }

  private void checkDecisionReference(BusinessRuleTask task) {
    String decision = task.getCamundaDecisionRef();
    if (isBlank(decision) || isExpression(decision)) {
      return;
    }
    String binding = camunda(task, "decisionRefBinding");
    Set<String> tenants = "deployment".equals(binding) ? inDeployment.decisionTenants(decision) : known.decisionTenants(decision);
    checkTenant(task, LintRule.UNKNOWN_DECISION, "decision '" + decision + "'", tenants, camunda(task, "decisionRefTenantId"),
        "Implementation › Tenant ID");
  }

  private void checkCalledProcess(CallActivity call) {
    String called = call.getCalledElement();
    if (!isBlank(call.getCamundaCaseRef())) {
      report(call, LintRule.UNKNOWN_PROCESS, "CMMN cases do not run on this platform: call a BPMN process", "Called element › Type");
    }
    if (isBlank(called) || isExpression(called)) {
      return;
    }
    String binding = call.getCamundaCalledElementBinding();
    Set<String> tenants = "deployment".equals(binding) ? inDeployment.processTenants(called) : known.processTenants(called);
    checkTenant(call, LintRule.UNKNOWN_PROCESS, "process '" + called + "'", tenants, call.getCamundaCalledElementTenantId(),
        "Called element › Tenant ID");
  }

  /**
   * The engine looks a called definition up in the tenant the model names, else in the caller's own
   * tenant (this deployment's); one that exists only in other tenants is not found at run time.
   */
  private void checkTenant(BaseElement element, LintRule rule, String what, Set<String> tenants, String tenantField,
      String tenantFieldLabel) {
    if (isExpression(tenantField)) {
      return;
    }
    String wanted = isBlank(tenantField) ? inDeployment.tenant() : tenantField;
    if (tenants.isEmpty()) {
      report(element, rule, what + " is neither in this deployment nor in the engine", rule.modelerField());
    } else if (!tenants.contains(wanted)) {
      report(element, rule, what + " exists only in " + tenantNames(tenants) + ", and the engine looks for it "
          + (wanted.equals(KnownDefinitions.NO_TENANT) ? "without a tenant" : "in tenant '" + wanted + "'"), tenantFieldLabel);
    }
  }

  private static String tenantNames(Set<String> tenants) {
    return new TreeSet<>(tenants).stream()
        .map(tenant -> tenant.equals(KnownDefinitions.NO_TENANT) ? "no tenant" : "tenant '" + tenant + "'")
        .collect(Collectors.joining(", "));
  }

  private void checkDiagram() {
    Set<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
        .filter(shape -> shape.getBpmnElement() != null)
        .map(shape -> shape.getBpmnElement().getId())
        .collect(Collectors.toSet());
    model.getModelElementsByType(BpmnEdge.class).stream()
        .filter(edge -> edge.getBpmnElement() != null)
        .forEach(edge -> drawn.add(edge.getBpmnElement().getId()));
    executable(FlowNode.class).stream()
        .filter(node -> !drawn.contains(node.getId()))
        .forEach(node -> report(node, LintRule.MISSING_DIAGRAM, "no shape", null));
    executable(SequenceFlow.class).stream()
        .filter(flow -> !drawn.contains(flow.getId()))
        .forEach(flow -> report(flow, LintRule.MISSING_DIAGRAM, "no edge", null));
  }

  private static String camunda(BaseElement element, String attribute) {
    return element.getAttributeValueNs(CAMUNDA_NS, attribute);
  }

  private LintFinding finding(BaseElement element, LintRule rule, String detail) {
    return new LintFinding(resource, element.getId(), rule, detail);
  }

  private void report(BaseElement element, LintRule rule, String detail) {
    findings.add(finding(element, rule, detail));
  }

  private void report(BaseElement element, LintRule rule, String detail, String field) {
    findings.add(finding(element, rule, detail).in(field));
  }

  private static boolean isExpression(String value) {
    return value != null && (value.contains("${") || value.contains("#{"));
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
