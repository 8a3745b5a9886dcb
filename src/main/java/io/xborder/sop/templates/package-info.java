/**
 * The template lint: every deployment, at start-up and from Camunda Modeler over REST, is read with
 * the BPMN and DMN Model APIs before the engine accepts it, and refused with each offending element
 * and broken rule named: structure, references resolved where the engine will look at run time
 * (forms by their binding, decisions and called processes by tenant, users and groups), and anything
 * that would run code on the server (class names, scripts, expressions outside
 * {@link io.xborder.sop.expressions.ExpressionCatalogue}). Each finding names the element as Modeler
 * shows it and the properties-panel field to change; a refusal also carries the engine's own parse
 * errors, so that one attempt shows everything.
 * Only template file types within the {@link io.xborder.sop.templates.DeploymentLimits} are accepted.
 * The same lint runs over {@code processes/}, {@code dmn/} and {@code forms/} in {@code mvn verify},
 * so a broken template never merges.
 */
package io.xborder.sop.templates;
