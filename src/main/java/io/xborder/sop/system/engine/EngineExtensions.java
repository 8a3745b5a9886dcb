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
    configuration.setCustomPostBPMNParseListeners(appended(configuration.getCustomPostBPMNParseListeners(), listener));
  }

  @SuppressWarnings({"rawtypes", "unchecked"}) // the engine keeps its handlers as raw JobHandler
  public static void addJobHandler(ProcessEngineConfigurationImpl configuration, JobHandler handler) {
    configuration.setCustomJobHandlers(appended((List) configuration.getCustomJobHandlers(), handler));
  }

  /** Around every command, outside its transaction, after the interceptors added before. */
  public static void addCommandInterceptor(ProcessEngineConfigurationImpl configuration, CommandInterceptor interceptor) {
    configuration.setCustomPreCommandInterceptorsTxRequired(appended(configuration.getCustomPreCommandInterceptorsTxRequired(), interceptor));
  }

  /** A new list: what the configuration held (null when nothing), then {@code added}. */
  private static <T> List<T> appended(List<T> before, T added) {
    List<T> after = before == null ? new ArrayList<>() : new ArrayList<>(before);
    after.add(added);
    return after;
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
