package io.xborder.sop.templates;

import java.util.ArrayList;
import java.util.List;
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
    if (TEXT_FOR_PEOPLE.contains(name)) {
      return;
    }
    if (name.equals("scriptTask") && BPMN.equals(element.getNamespaceURI())) {
      findings.add(new LintFinding(resource, owner, LintRule.SCRIPT, "script task in " + element.getAttribute("scriptFormat")));
    } else if (name.equals("script")) {
      // A script's body is code, not an expression; the script task itself is already named.
      if (!BPMN.equals(element.getNamespaceURI())) {
        findings.add(new LintFinding(resource, owner, LintRule.SCRIPT, "script in " + element.getAttribute("scriptFormat")));
      }
      return;
    } else if (element.hasAttribute("language")) {
      findings.add(new LintFinding(resource, owner, LintRule.SCRIPT, name + " in " + element.getAttribute("language")));
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
      findings.addAll(expressions.check(resource, owner, element.getTextContent().trim()));
    }
  }

  private void checkAttributes(Element element, String owner) {
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
      if (CLASS_ATTRIBUTES.contains(name) && !BPMN.equals(attribute.getNamespaceURI())) {
        findings.add(new LintFinding(resource, owner, LintRule.CLASS_REFERENCE, attribute.getName() + "=\"" + attribute.getValue() + "\""));
      } else if (ExpressionCheck.isExpression(attribute.getValue())) {
        findings.addAll(expressions.check(resource, owner, attribute.getValue()));
      }
    }
  }
}
