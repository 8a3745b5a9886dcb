package io.xborder.sop.sla.engine;

import io.xborder.sop.sla.TaskSla;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * A deployed decision's answer depends on its three inputs only, so each version answers each
 * combination once (evaluating it was 8% of the CPU samples under the engine benchmark); a new version
 * of the decision counts from the next task on. A rule that read the clock (FEEL {@code now()}) would be
 * evaluated once per version and inputs: the table does not, and should not, do that.
 */
class SlaPolicy {

  static final String DECISION = "task-sla";

  /** Far more than processes × tasks × priorities; only a flood of priorities would reach it. */
  private static final int MAX_ANSWERS = 10_000;

  private final DmnEngine withoutHistory = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final Map<Question, TaskSla> answers = new ConcurrentHashMap<>();

  private record Question(String decisionDefinitionId, String processKey, String taskKey, int priority) {}

  TaskSla lookUp(String processKey, String taskKey, int priority) {
    DecisionDefinition definition = Context.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedLatestDecisionDefinitionByKey(DECISION);
    Question question = new Question(definition.getId(), processKey, taskKey, priority);
    TaskSla known = answers.get(question);
    if (known != null) {
      return known;
    }
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("processKey", processKey);
    inputs.put("taskKey", taskKey);
    inputs.put("priority", priority);
    DmnDecisionRuleResult row = withoutHistory.evaluateDecisionTable((DmnDecision) definition, inputs).getFirstResult();
    TaskSla sla = new TaskSla(row.getEntry("dueIn"), row.getEntry("reminderLead"), row.getEntry("secondEscalationAfter"));
    if (answers.size() >= MAX_ANSWERS) {
      answers.clear();
    }
    answers.put(question, sla);
    return sla;
  }
}
