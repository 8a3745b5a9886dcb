package io.xborder.sop.system.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** What the platform's plug-ins add to the engine in {@code preInit}, beside what others added before them. */
public final class EngineExtensions {

  private EngineExtensions() {}

  public static void addPostParseListener(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
    List<BpmnParseListener> listeners = new ArrayList<>();
    if (configuration.getCustomPostBPMNParseListeners() != null) {
      listeners.addAll(configuration.getCustomPostBPMNParseListeners());
    }
    listeners.add(listener);
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  @SuppressWarnings("rawtypes") // the engine keeps its handlers as raw JobHandler
  public static void addJobHandler(ProcessEngineConfigurationImpl configuration, JobHandler handler) {
    List<JobHandler> handlers = new ArrayList<>();
    if (configuration.getCustomJobHandlers() != null) {
      handlers.addAll(configuration.getCustomJobHandlers());
    }
    handlers.add(handler);
    configuration.setCustomJobHandlers(handlers);
  }

  /** Around every command, outside its transaction, after the interceptors added before. */
  public static void addCommandInterceptor(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
    List<CommandInterceptor> interceptors = new ArrayList<>();
    if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
      interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
    }
    interceptors.add(interceptor);
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  /** The value of an extension property ({@code camunda:property}) the analyst set on an element in Modeler; null when absent. */
  public static String camundaProperty(Element element, String name) {
    Element extensions = element.element("extensionElements");
    Element properties = extensions == null ? null : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
    if (properties == null) {
      return null;
    }
    for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
      if (name.equals(property.attribute("name"))) {
        return property.attribute("value");
      }
    }
    return null;
  }
}
