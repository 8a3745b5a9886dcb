package io.xborder.sop.sla.engine;

import io.xborder.sop.sla.TaskSla;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;

/**
 * Looks a task's service level up in {@code dmn/task-sla.dmn}. Evaluated straight on the deployed
 * decision, inside the engine, so the person whose action created the task needs no right to
 * evaluate decisions and no decision history piles up for every task.
 */
class SlaPolicy {

  static final String DECISION = "task-sla";

  TaskSla lookUp(String processKey, String taskKey, int priority) {
    ProcessEngineConfigurationImpl engine = Context.getProcessEngineConfiguration();
    DecisionDefinition definition = engine.getDeploymentCache().findDeployedLatestDecisionDefinitionByKey(DECISION);
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("processKey", processKey);
    inputs.put("taskKey", taskKey);
    inputs.put("priority", priority);
    DmnDecisionRuleResult row = engine.getDmnEngine().evaluateDecisionTable((DmnDecision) definition, inputs).getFirstResult();
    return new TaskSla(row.getEntry("dueIn"), row.getEntry("reminderLead"), row.getEntry("secondEscalationAfter"));
  }
}
