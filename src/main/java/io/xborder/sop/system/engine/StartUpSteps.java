package io.xborder.sop.system.engine;

import io.xborder.sop.system.StartUpStep;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Runs the platform's start-up steps when the engine is built, before the engine bean exists and so
 * before the start-up lock is let go ({@link ClusterStartLock}). A plug-in because Camunda offers no
 * public hook at that moment; the steps themselves use only public API.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // the steps come first, as they did when each was a plug-in of its own
class StartUpSteps extends AbstractProcessEnginePlugin {

  /** In their {@code @Order}, as Spring sorts an injected list. */
  private final List<StartUpStep> steps;

  StartUpSteps(List<StartUpStep> steps) {
    this.steps = steps;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    steps.forEach(step -> step.postProcessEngineBuild(engine));
  }
}
