package io.xborder.sop.expressions.engine;

import io.xborder.sop.expressions.CatalogueBeans;
import io.xborder.sop.expressions.SandboxElResolver;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;

/**
 * The engine's expression manager with Spring's "every bean of the application context" replaced
 * by the catalogue's beans, and every step checked by {@link SandboxElResolver}. Built on
 * Camunda's internal JUEL manager because the resolver chain is only open to a subclass.
 */
final class SandboxedExpressionManager extends JuelExpressionManager {

  private final CatalogueBeans beans;

  SandboxedExpressionManager(CatalogueBeans beans) {
    this.beans = beans;
  }

  @Override
  protected ELResolver createElResolver() {
    CompositeELResolver chain = new CompositeELResolver();
    chain.add(new VariableScopeElResolver());
    chain.add(new VariableContextElResolver());
    chain.add(new CatalogueBeanResolver());
    chain.add(new ArrayELResolver());
    chain.add(new ListELResolver());
    chain.add(new MapELResolver());
    chain.add(new BeanELResolver());
    return new SandboxElResolver(chain, beans);
  }

  /** Resolves a top-level name to a catalogue bean; any other bean name stays unresolved. */
  private final class CatalogueBeanResolver extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
      if (base == null && property instanceof String name) {
        Object bean = beans.resolve(name);
        if (bean != null) {
          context.setPropertyResolved(true);
          return bean;
        }
      }
      return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
      return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
      // Beans are not variables: an expression cannot replace one.
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
      return true;
    }

    @Override
    public java.util.Iterator<java.beans.FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
      return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
      return base == null ? Object.class : null;
    }
  }
}
