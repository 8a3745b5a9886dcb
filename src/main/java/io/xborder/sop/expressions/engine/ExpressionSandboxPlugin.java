package io.xborder.sop.expressions.engine;

import io.xborder.sop.expressions.CatalogueBeans;
import io.xborder.sop.expressions.ExpressionCatalogue;
import io.xborder.sop.expressions.ExpressionRefusedException;
import io.xborder.sop.expressions.SandboxElResolver;
import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.scripting.engine.DefaultScriptEngineResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The run-time half of "deploying is not running code" (the template lint is the deployment-time
 * half): expressions resolve only the catalogue's beans and pass {@link SandboxElResolver}; no
 * script runs in any language, in BPMN or DMN; DMN is FEEL only (JUEL in a decision is refused).
 * The Scala FEEL engine Camunda builds already has its external Java functions switched off.
 * Set in {@code preInit}: the engine adds its own, Spin's and the platform's functions to
 * whatever expression manager it finds there.
 */
@Component
class ExpressionSandboxPlugin extends AbstractProcessEnginePlugin {

  private final ApplicationContext context;

  ExpressionSandboxPlugin(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<String> missing = ExpressionCatalogue.BEANS.keySet().stream().filter(name -> !context.containsBean(name)).sorted().toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException("ExpressionCatalogue names beans that do not exist: " + missing);
    }
    configuration.setExpressionManager(new SandboxedExpressionManager(new CatalogueBeans(context::getBean, context::containsBean)));
    configuration.setScriptEngineResolver(new NoScripts());
    configuration.setDmnElProvider(expression -> {
      throw new ExpressionRefusedException("A decision's expression is not FEEL and is not evaluated: " + expression);
    });
  }

  /** Script tasks, script listeners, script conditions and DMN scripts find no engine for their language. */
  private static final class NoScripts extends DefaultScriptEngineResolver {

    NoScripts() {
      super(new ScriptEngineManager(ClassLoader.getPlatformClassLoader()));
    }

    @Override
    public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
      throw new ExpressionRefusedException("Scripts do not run on this platform (language '" + language + "')");
    }
  }
}
