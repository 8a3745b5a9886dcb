package io.xborder.sop.sla.engine;

import io.xborder.sop.sla.TaskSla;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.repository.DecisionDefinition;

/**
 * Looks a task's service level up in {@code dmn/task-sla.dmn}: the decision the engine deployed, evaluated
 * inside the engine, so the person whose action created the task needs no right to evaluate decisions. It
 * is evaluated by a DMN engine of its own: the process engine's DMN engine writes decision history (an
 * instance, three inputs and three outputs) on every evaluation, seven rows for every task created.
 */
class SlaPolicy {

  static final String DECISION = "task-sla";

  private final DmnEngine withoutHistory = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

  TaskSla lookUp(String processKey, String taskKey, int priority) {
    DecisionDefinition definition = Context.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedLatestDecisionDefinitionByKey(DECISION);
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("processKey", processKey);
    inputs.put("taskKey", taskKey);
    inputs.put("priority", priority);
    DmnDecisionRuleResult row = withoutHistory.evaluateDecisionTable((DmnDecision) definition, inputs).getFirstResult();
    return new TaskSla(row.getEntry("dueIn"), row.getEntry("reminderLead"), row.getEntry("secondEscalationAfter"));
  }
}
