package io.xborder.sop.templates;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmTransition;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Bean;

/**
 * Tells {@link TemplateCoverage} every flow node the shared test engine starts and every sequence flow it
 * takes. A parse listener (engine internals: the only way to hang a listener on every element of every
 * deployed process) adds built-in listeners, which run even where custom ones are skipped. The process key
 * comes from the parsed definition, not from a repository query: the coverage library's own listener asks
 * the repository as the current user, which a guest or the integration account may not read. Imported by
 * {@code PlatformTest} only; deliberately no {@code @Configuration}: the platforms that tests and benchmarks
 * start in their own JVM scan the test classes too and must not record.
 */
public class TemplateCoverageRecording {

  private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

  @Bean
  AbstractProcessEnginePlugin templateCoverageRecordingPlugin() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
          @Override
          public void parseProcess(Element process, ProcessDefinitionEntity definition) {
            listenTo(definition, definition.getKey());
          }
        });
      }
    };
  }

  private static void listenTo(ScopeImpl scope, String processKey) {
    for (ActivityImpl activity : scope.getActivities()) {
      // A multi-instance body is the engine's wrapper, not a drawn element; its inner activity is.
      if (!activity.getId().endsWith(MULTI_INSTANCE_BODY)) {
        String type = (String) activity.getProperty("type");
        activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution ->
            TemplateCoverage.OF_THIS_RUN.record(processKey, activity.getId(), type, false));
      }
      for (PvmTransition outgoing : activity.getOutgoingTransitions()) {
        TransitionImpl flow = (TransitionImpl) outgoing;
        flow.addBuiltInListener(ExecutionListener.EVENTNAME_TAKE, (ExecutionListener) execution ->
            TemplateCoverage.OF_THIS_RUN.record(processKey, flow.getId(), "sequenceFlow", true));
      }
      listenTo(activity, processKey);
    }
  }
}
