package io.xborder.sop.reporting.engine;

import io.xborder.sop.reporting.RetentionProperties;
import io.xborder.sop.system.TemplateDeployment;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableOutputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.impl.spi.transform.DmnTransformListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Definitions;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Gives every template the history retention configured in {@code xborder.retention}, the one
 * source of truth, so an operator changes it without editing BPMN or DMN: a model's own
 * {@code historyTimeToLive} is neither needed (the engine's demand for it is switched off) nor
 * used. Processes and decisions deployed from now on get it as they are parsed, and at start-up
 * (after the templates are deployed) every version of every deployed process and decision is
 * brought to it ({@link io.xborder.sop.reporting.RetentionOfDeployedTemplates}). A configured key no template carries stops the start, as
 * a mistyped key would otherwise leave that template on the default unnoticed. History cleanup
 * runs in the night window set in application.yaml.
 */
@Configuration
@Order(TemplateDeployment.ORDER + 10)
@EnableConfigurationProperties(RetentionProperties.class)
class HistoryRetention extends AbstractProcessEnginePlugin {

  private final RetentionProperties retention;

  HistoryRetention(RetentionProperties retention) {
    this.retention = retention;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnforceHistoryTimeToLive(false);
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element process, ProcessDefinitionEntity definition) {
        definition.setHistoryTimeToLive(retention.daysFor(definition.getKey()));
      }
    });
    if (configuration.getDmnEngineConfiguration() == null) {
      configuration.setDmnEngineConfiguration((DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration());
    }
    configuration.getDmnEngineConfiguration().getTransformer().getTransformListeners().add(new DecisionRetention());
  }

  /** The DMN counterpart of the parse listener: the engine's decision definitions get the configured days. */
  private class DecisionRetention implements DmnTransformListener {
    @Override
    public void transformDecision(Decision decision, DmnDecision dmnDecision) {
      if (dmnDecision instanceof DecisionDefinitionEntity definition) {
        definition.setHistoryTimeToLive(retention.daysFor(definition.getKey()));
      }
    }

    @Override
    public void transformDecisionTableInput(Input input, DmnDecisionTableInputImpl dmnInput) {}

    @Override
    public void transformDecisionTableOutput(Output output, DmnDecisionTableOutputImpl dmnOutput) {}

    @Override
    public void transformDecisionTableRule(Rule rule, DmnDecisionTableRuleImpl dmnRule) {}

    @Override
    public void transformDecisionRequirementsGraph(Definitions definitions, DmnDecisionRequirementsGraph graph) {}
  }
}
