package io.xborder.sop.templates.engine;

import io.xborder.sop.templates.DeploymentLimits;
import io.xborder.sop.templates.TemplateLint;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Puts the template lint in front of the engine's deployers, with the deployment limits and the
 * application's bean names (a name that is a bean but not in the catalogue is refused, not taken
 * for a variable).
 */
@Component
@EnableConfigurationProperties(DeploymentLimits.class)
class TemplateLintPlugin extends AbstractProcessEnginePlugin {

  private final DeploymentLimits limits;
  private final ApplicationContext context;

  TemplateLintPlugin(DeploymentLimits limits, ApplicationContext context) {
    this.limits = limits;
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> deployers = new ArrayList<>();
    deployers.add(new TemplateLintDeployer(new TemplateLint(
        DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine(), limits, context::containsBean)));
    if (configuration.getCustomPreDeployers() != null) {
      deployers.addAll(configuration.getCustomPreDeployers());
    }
    configuration.setCustomPreDeployers(deployers);
  }
}
