package io.xborder.sop.reporting;

import io.xborder.sop.system.StartUpStep;
import io.xborder.sop.system.TemplateDeployment;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, after the templates are deployed, brings every deployed version of every process and
 * decision to the retention configured in {@code xborder.retention}; new deployments get it as they
 * are parsed ({@link io.xborder.sop.reporting.engine.HistoryRetention}).
 */
@Component
@Order(TemplateDeployment.ORDER + 10)
class RetentionOfDeployedTemplates implements StartUpStep {

  private static final Logger log = LoggerFactory.getLogger(RetentionOfDeployedTemplates.class);

  private final RetentionProperties retention;

  RetentionOfDeployedTemplates(RetentionProperties retention) {
    this.retention = retention;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    RepositoryService repository = engine.getRepositoryService();
    Set<String> keys = new HashSet<>();
    int updated = 0;
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().list()) {
      keys.add(definition.getKey());
      Integer days = retention.daysFor(definition.getKey());
      if (!Objects.equals(days, definition.getHistoryTimeToLive())) {
        repository.updateProcessDefinitionHistoryTimeToLive(definition.getId(), days);
        updated++;
      }
    }
    for (DecisionDefinition definition : repository.createDecisionDefinitionQuery().list()) {
      keys.add(definition.getKey());
      Integer days = retention.daysFor(definition.getKey());
      if (!Objects.equals(days, definition.getHistoryTimeToLive())) {
        repository.updateDecisionDefinitionHistoryTimeToLive(definition.getId(), days);
        updated++;
      }
    }
    Set<String> unknown = new HashSet<>(retention.templates().keySet());
    unknown.removeAll(keys);
    if (!unknown.isEmpty()) {
      throw new IllegalStateException("xborder.retention.templates names " + unknown + ", but no process or decision has that key");
    }
    log.info("History retention: {} definition version(s) brought to the configured days", updated);
  }
}
