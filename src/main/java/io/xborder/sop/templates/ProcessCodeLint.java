package io.xborder.sop.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Expression;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * What in a BPMN would run code on the server: Java class names, scripts of any language, and
 * expressions beyond the catalogue ({@link ExpressionCheck}). Reads the XML itself, every element
 * and attribute, so that no place the engine evaluates (listeners, input/output mappings, fields,
 * conditions, timers, ...) is missed; a finding names the nearest element with an id.
 */
class ProcessCodeLint {

  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  /** Attributes naming a Java class, in the camunda (or legacy activiti) namespace or on Camunda's extension elements. */
  private static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "variableMappingClass");
  /** Where Modeler's properties panel edits an attribute or element that may hold an expression or a class. */
  private static final Map<String, String> MODELER_FIELDS = Map.ofEntries(
      Map.entry("assignee", "User assignment › Assignee"),
      Map.entry("candidateUsers", "User assignment › Candidate users"),
      Map.entry("candidateGroups", "User assignment › Candidate groups"),
      Map.entry("dueDate", "User assignment › Due date"),
      Map.entry("followUpDate", "User assignment › Follow up date"),
      Map.entry("priority", "User assignment › Priority"),
      Map.entry("class", "Implementation › Type"),
      Map.entry("expression", "Implementation › Expression"),
      Map.entry("delegateExpression", "Implementation › Delegate expression"),
      Map.entry("resultVariable", "Implementation › Result variable"),
      Map.entry("decisionRef", "Implementation › Decision reference"),
      Map.entry("calledElement", "Called element › Called element"),
      Map.entry("businessKey", "Called element › Business key"),
      Map.entry("variableMappingClass", "Called element › Delegate variable mapping"),
      Map.entry("variableMappingDelegateExpression", "Called element › Delegate variable mapping"),
      Map.entry("formKey", "Forms › Form key"),
      Map.entry("formRef", "Forms › Form reference"),
      Map.entry("conditionExpression", "Condition › Condition Expression"),
      Map.entry("condition", "Condition › Condition Expression"),
      Map.entry("timeDuration", "Timer › Value"),
      Map.entry("timeDate", "Timer › Value"),
      Map.entry("timeCycle", "Timer › Value"),
      Map.entry("loopCardinality", "Multi-instance › Loop cardinality"),
      Map.entry("completionCondition", "Multi-instance › Completion condition"),
      Map.entry("collection", "Multi-instance › Collection"),
      Map.entry("inputParameter", "Inputs"),
      Map.entry("outputParameter", "Outputs"),
      Map.entry("executionListener", "Execution listeners"),
      Map.entry("taskListener", "Task listeners"),
      Map.entry("field", "Field injections"),
      Map.entry("in", "In mappings"),
      Map.entry("out", "Out mappings"),
      Map.entry("property", "Extension properties"),
      Map.entry("scriptTask", "Implementation › Type"),
      Map.entry("script", "Script"));
  /** Listeners, mappings and injections: Modeler edits each as one entry of a list, whatever attribute is wrong. */
  private static final Set<String> EDITED_AS_A_WHOLE =
      Set.of("executionListener", "taskListener", "inputParameter", "outputParameter", "field", "in", "out", "property");
  /** Prose for people, never evaluated. */
  private static final Set<String> TEXT_FOR_PEOPLE = Set.of("documentation", "text");

  private final String resource;
  private final BpmnModelInstance model;
  private final ExpressionCheck expressions;
  private final List<LintFinding> findings = new ArrayList<>();

  ProcessCodeLint(String resource, BpmnModelInstance model, ExpressionCheck expressions) {
    this.resource = resource;
    this.model = model;
    this.expressions = expressions;
  }

  List<LintFinding> check() {
    Document document = (Document) model.getDocument().getDomSource().getNode();
    walk(document.getDocumentElement(), null);
    return findings;
  }

  private void walk(Element element, String ownerId) {
    String id = element.getAttribute("id");
    // An expression element (a condition, a timer) is shown in Modeler as part of its flow or event.
    String owner = id.isEmpty() || model.getModelElementById(id) instanceof Expression ? ownerId : id;
    String name = element.getLocalName();
    // The engine deploys executable processes only; a partner's pool in a collaboration never runs.
    if (TEXT_FOR_PEOPLE.contains(name)
        || name.equals("process") && BPMN.equals(element.getNamespaceURI()) && !"true".equals(element.getAttribute("isExecutable"))) {
      return;
    }
    if (name.equals("scriptTask") && BPMN.equals(element.getNamespaceURI())) {
      add(new LintFinding(resource, owner, LintRule.SCRIPT, "script task in " + element.getAttribute("scriptFormat")), element, name);
    } else if (name.equals("script")) {
      // A script's body is code, not an expression; the script task itself is already named.
      if (!BPMN.equals(element.getNamespaceURI())) {
        add(new LintFinding(resource, owner, LintRule.SCRIPT, "script in " + element.getAttribute("scriptFormat")), element, name);
      }
      return;
    } else if (element.hasAttribute("language")) {
      add(new LintFinding(resource, owner, LintRule.SCRIPT, name + " in " + element.getAttribute("language")), element, name);
      return;
    }
    checkAttributes(element, owner);
    boolean hasChildElements = false;
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        hasChildElements = true;
        walk(childElement, owner);
      }
    }
    if (!hasChildElements && ExpressionCheck.isExpression(element.getTextContent())) {
      expressions.check(resource, owner, element.getTextContent().trim()).forEach(finding -> add(finding, element, name));
    }
  }

  /**
   * With the properties-panel field that holds it: the attribute's own, else that of the nearest
   * enclosing element Modeler edits in one place (a listener, a mapping, a condition).
   */
  private void add(LintFinding finding, Element element, String attributeName) {
    String field = null;
    for (Node parent = element; field == null && parent instanceof Element enclosing; parent = parent.getParentNode()) {
      field = EDITED_AS_A_WHOLE.contains(enclosing.getLocalName()) ? MODELER_FIELDS.get(enclosing.getLocalName()) : null;
    }
    field = field != null ? field : MODELER_FIELDS.get(attributeName);
    for (Node parent = element; field == null && parent instanceof Element enclosing; parent = parent.getParentNode()) {
      field = MODELER_FIELDS.get(enclosing.getLocalName());
    }
    findings.add(field == null ? finding : finding.in(field));
  }

  private void checkAttributes(Element element, String owner) {
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
      if (CLASS_ATTRIBUTES.contains(name) && !BPMN.equals(attribute.getNamespaceURI())) {
        add(new LintFinding(resource, owner, LintRule.CLASS_REFERENCE, attribute.getName() + "=\"" + attribute.getValue() + "\""),
            element, name);
      } else if (ExpressionCheck.isExpression(attribute.getValue())) {
        expressions.check(resource, owner, attribute.getValue()).forEach(finding -> add(finding, element, name));
      }
    }
  }
}
