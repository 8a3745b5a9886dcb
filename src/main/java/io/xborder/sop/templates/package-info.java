/**
 * The template lint: every deployment, at start-up and from Camunda Modeler over REST, is read with
 * the BPMN and DMN Model APIs before the engine accepts it, and refused with each offending element
 * and broken rule named: structure, references, and anything that would run code on the server
 * (class names, scripts, expressions outside {@link io.xborder.sop.expressions.ExpressionCatalogue}).
 * Only template file types within the {@link io.xborder.sop.templates.DeploymentLimits} are accepted.
 * The same lint runs over {@code processes/}, {@code dmn/} and {@code forms/} in {@code mvn verify},
 * so a broken template never merges.
 */
package io.xborder.sop.templates;
