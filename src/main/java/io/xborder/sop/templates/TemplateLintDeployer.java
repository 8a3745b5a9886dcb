package io.xborder.sop.templates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;

/**
 * Runs the lint inside the engine, before the engine's own deployers, on every new deployment
 * whatever its origin: start-up, Modeler, REST or Java. A refusal rolls the whole deployment back.
 */
class TemplateLintDeployer implements Deployer {

  private final TemplateLint lint;

  TemplateLintDeployer(TemplateLint lint) {
    this.lint = lint;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    // Deployers also run when the engine reloads an old deployment into its cache; that was checked when it came in.
    if (!deployment.isNew()) {
      return;
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    deployment.getResources().forEach((name, resource) -> files.put(name, resource.getBytes()));
    List<LintFinding> findings = lint.lint(files, new EngineDefinitions(Context.getCommandContext()));
    if (!findings.isEmpty()) {
      throw new TemplateRefusedException(findings);
    }
  }

  /** Latest versions already in the engine, looked up in the deployment's own transaction. */
  private record EngineDefinitions(CommandContext context) implements KnownDefinitions {
    @Override
    public boolean hasForm(String formId) {
      return context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formId) != null;
    }

    @Override
    public boolean hasDecision(String decisionKey) {
      return context.getDecisionDefinitionManager().findLatestDecisionDefinitionByKey(decisionKey) != null;
    }

    @Override
    public boolean hasProcess(String processKey) {
      return context.getProcessDefinitionManager().findLatestProcessDefinitionByKey(processKey) != null;
    }
  }
}
