package io.xborder.sop.templates;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.community.process_test_coverage.core.model.Collector;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Measures a test class with the process-test-coverage library's JUnit 5 extension
 * ({@code junit5-platform-7}), on the platform's own Spring engine rather than the stand-alone engine
 * the extension would build from {@code camunda.cfg.xml}: the templates need the platform's beans,
 * plug-ins and lint. Each measured class writes {@code target/process-test-coverage/<class>/report.json};
 * {@link ProcessCoverageSummaryTest} adds them up. Between measured classes the engine reports to nobody.
 */
public class ProcessCoverage
    implements BeforeAllCallback, TestInstancePostProcessor, BeforeTestExecutionCallback, AfterTestExecutionCallback,
    AfterAllCallback {

  /** Where the extension writes; its default, stated because {@link TemplateCoverageTest} reads it. */
  static final String REPORT_DIRECTORY = "target/process-test-coverage";

  /** The classes measured in this run, so that reports left in {@code target/} by earlier runs are not counted. */
  static final Set<String> MEASURED_CLASSES = new ConcurrentSkipListSet<>();

  /** Takes the coverage listeners' events while no measured class runs. */
  static final Collector NOBODY = event -> { };

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ProcessCoverage.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    ProcessEngineCoverageExtension measurement = new ProcessEngineCoverageExtension(false, true, List.of(),
        REPORT_DIRECTORY);
    measurement.useProcessEngine(engine(context));
    context.getStore(NAMESPACE).put(ProcessEngineCoverageExtension.class, measurement);
    measurement.beforeAll(context);
  }

  @Override
  public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
    measurement(context).postProcessTestInstance(testInstance, context);
  }

  @Override
  public void beforeTestExecution(ExtensionContext context) {
    measurement(context).beforeTestExecution(context);
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    measurement(context).afterTestExecution(context);
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    try {
      measurement(context).afterAll(context);
    } finally {
      stopMeasuring(engine(context));
      MEASURED_CLASSES.add(context.getRequiredTestClass().getName());
    }
  }

  static void stopMeasuring(ProcessEngine engine) {
    new ProcessEngineAdapter(engine, NOBODY).initializeListeners();
  }

  private static ProcessEngine engine(ExtensionContext context) {
    return SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class);
  }

  private static ProcessEngineCoverageExtension measurement(ExtensionContext context) {
    return context.getStore(NAMESPACE).get(ProcessEngineCoverageExtension.class, ProcessEngineCoverageExtension.class);
  }
}
