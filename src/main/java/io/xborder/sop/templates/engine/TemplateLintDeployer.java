package io.xborder.sop.templates.engine;

import io.xborder.sop.templates.KnownDefinitions;
import io.xborder.sop.templates.LintFinding;
import io.xborder.sop.templates.TemplateLint;
import io.xborder.sop.templates.TemplateRefusedException;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.repository.ResourceDefinition;

/**
 * Runs the lint inside the engine, before the engine's own deployers, on every new deployment
 * whatever its origin: start-up, Modeler, REST or Java. A refusal rolls the whole deployment back.
 * When the lint refuses, the engine's own parse of the diagrams is added to the refusal, so that
 * Modeler, which shows one message, shows every problem after one attempt.
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
    List<LintFinding> findings = lint.lint(files, new EngineDefinitions(Context.getCommandContext()), deployment.getTenantId(),
        (name, content) -> engineParseErrors(deployment, name, content));
    if (!findings.isEmpty()) {
      throw new TemplateRefusedException(findings);
    }
  }

  /**
   * The errors the engine's BPMN parser finds in one diagram. The parser is internal API: there is
   * no public way to parse without deploying, and deploying is what is being refused.
   */
  private static List<Problem> engineParseErrors(DeploymentEntity deployment, String name, byte[] content) {
    BpmnDeployer bpmnDeployer = Context.getProcessEngineConfiguration().getDeployers().stream()
        .filter(BpmnDeployer.class::isInstance).map(BpmnDeployer.class::cast).findFirst().orElse(null);
    if (bpmnDeployer == null) {
      return List.of();
    }
    try {
      bpmnDeployer.getBpmnParser().createParse().sourceInputStream(new ByteArrayInputStream(content))
          .deployment(deployment).name(name).execute();
      return List.of();
    } catch (ParseException e) {
      return e.getResorceReports().stream().map(ResourceReport::getErrors).flatMap(List::stream).toList();
    } catch (ProcessEngineException | StackOverflowError e) {
      // Anything else the parse stumbles over is covered by the lint's own findings.
      return List.of();
    }
  }

  /**
   * What the engine already has, looked up in the deployment's own transaction as the engine will
   * look it up at run time, across all tenants and whatever the deployer may read: a reference is
   * about what exists, not about what the analyst may see.
   */
  private record EngineDefinitions(CommandContext context) implements KnownDefinitions {

    @Override
    public boolean hasForm(String formId, String tenant) {
      return asEngine(() -> context.getCamundaFormDefinitionManager()
          .findLatestDefinitionByKeyAndTenantId(formId, tenant.equals(NO_TENANT) ? null : tenant) != null);
    }

    @Override
    public boolean hasFormVersion(String formId, int version) {
      return asEngine(() -> context.getCamundaFormDefinitionManager().findDefinitionByKeyVersionAndTenantId(formId, version, null) != null);
    }

    @Override
    public Set<String> decisionTenants(String decisionKey) {
      return asEngine(() -> tenants(context.getProcessEngineConfiguration().getRepositoryService()
          .createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey).latestVersion().list()));
    }

    @Override
    public Set<String> processTenants(String processKey) {
      return asEngine(() -> tenants(context.getProcessEngineConfiguration().getRepositoryService()
          .createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion().list()));
    }

    @Override
    public boolean hasUser(String userId) {
      return asEngine(() -> context.getReadOnlyIdentityProvider().findUserById(userId) != null);
    }

    @Override
    public boolean hasGroup(String groupId) {
      return asEngine(() -> context.getReadOnlyIdentityProvider().findGroupById(groupId) != null);
    }

    private static Set<String> tenants(List<? extends ResourceDefinition> definitions) {
      return definitions.stream().map(definition -> tenant(definition.getTenantId())).collect(Collectors.toSet());
    }

    private static String tenant(String tenantId) {
      return tenantId == null ? NO_TENANT : tenantId;
    }

    private <T> T asEngine(Supplier<T> lookup) {
      boolean tenantCheck = context.isTenantCheckEnabled();
      context.disableTenantCheck();
      try {
        return context.runWithoutAuthorization(lookup::get);
      } finally {
        if (tenantCheck) {
          context.enableTenantCheck();
        }
      }
    }
  }
}
