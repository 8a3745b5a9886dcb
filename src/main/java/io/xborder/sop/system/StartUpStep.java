package io.xborder.sop.system;

import org.camunda.bpm.engine.ProcessEngine;

/**
 * Start-up work done with the engine's public API once the engine is built: groups, demo users, the
 * template deployment, history retention. Steps run in their {@code @Order}, under the cluster's
 * start-up lock, by the one plug-in {@link io.xborder.sop.system.engine.StartUpSteps}, so they need
 * no engine internals of their own.
 */
public interface StartUpStep {

  void postProcessEngineBuild(ProcessEngine engine);
}
