package io.xborder.sop.templates;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Adds the process-test-coverage library's parse listener and compensation handler to the shared test
 * engine of the {@code process-coverage} run, so that {@link ProcessCoverage} can measure its classes.
 * Until one does, they report to nobody.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ProcessCoverageListeners {

  /** Set by the pom's {@code process-coverage} execution only: the listeners read definitions as the current user. */
  @Bean
  @ConditionalOnProperty("xborder.test.process-coverage")
  AbstractProcessEnginePlugin processCoverageListenersPlugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
      }

      @Override
      public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessCoverage.stopMeasuring(engine);
      }
    };
  }
}
