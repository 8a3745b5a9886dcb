package io.xborder.sop.expressions;

import java.beans.FeatureDescriptor;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

/**
 * Guards every step of an expression's evaluation, whatever model it comes from (also one
 * deployed before the lint refused such things, or through Java): no member named in
 * {@link JavaInternals}, no object of a forbidden type as the base or the result of a step, on
 * the catalogue's beans only their catalogue methods, and on the engine's own objects
 * ({@code execution}, {@code task}) only what their public delegate interfaces offer.
 */
public final class SandboxElResolver extends ELResolver {

  private static final String ENGINE_INTERNALS = "org.camunda.bpm.engine.impl.";

  private final ELResolver delegate;
  private final CatalogueBeans beans;

  public SandboxElResolver(ELResolver delegate, CatalogueBeans beans) {
    this.delegate = delegate;
    this.beans = beans;
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    checkAccess(base, property, "get", "is");
    return checked(delegate.getValue(context, base, property), base, property);
  }

  @Override
  public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    checkBase(base, method);
    String name = String.valueOf(method);
    if (JavaInternals.isMember(name)) {
      throw refused(base, name, "'" + name + "' reaches into Java or the engine");
    }
    String bean = beans.nameOf(base);
    if (bean != null && !ExpressionCatalogue.allows(bean, name)) {
      throw refused(base, name, "'" + bean + "." + name + "' is not in the catalogue");
    }
    checkPublicDelegateMethod(base, name);
    return checked(delegate.invoke(context, base, method, paramTypes, params), base, method);
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    checkAccess(base, property, "set");
    delegate.setValue(context, base, property, value);
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    checkAccess(base, property, "get", "is");
    return delegate.getType(context, base, property);
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    checkAccess(base, property, "get", "is");
    return delegate.isReadOnly(context, base, property);
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    checkBase(base, null);
    return delegate.getFeatureDescriptors(context, base);
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    checkBase(base, null);
    return delegate.getCommonPropertyType(context, base);
  }

  /** A property of a bean is a getter or setter call; entries of maps, lists and arrays are data. */
  private void checkAccess(Object base, Object property, String... accessorPrefixes) {
    checkBase(base, property);
    if (base == null || base instanceof Map || base instanceof List || base.getClass().isArray()) {
      return;
    }
    String name = String.valueOf(property);
    if (JavaInternals.isMember(name)) {
      throw refused(base, name, "'" + name + "' reaches into Java or the engine");
    }
    String bean = beans.nameOf(base);
    if (bean != null) {
      throw refused(base, name, "only the catalogue's methods of '" + bean + "' may be called");
    }
    if (base.getClass().getName().startsWith(ENGINE_INTERNALS)
        && Arrays.stream(accessorPrefixes).noneMatch(prefix -> declaredByPublicInterface(base, prefix + capitalised(name)))) {
      throw refused(base, name, "'" + name + "' is not part of the engine's public delegate API");
    }
  }

  private void checkBase(Object base, Object member) {
    String forbidden = JavaInternals.whyForbidden(base);
    if (forbidden != null) {
      throw refused(base, String.valueOf(member), "an expression may not work with " + forbidden);
    }
    if (base != null && beans.nameOf(base) == null && base.getClass().getName().startsWith("io.xborder.")) {
      throw refused(base, String.valueOf(member), "only the catalogue's beans of the platform may be called");
    }
  }

  private void checkPublicDelegateMethod(Object base, String name) {
    if (base.getClass().getName().startsWith(ENGINE_INTERNALS) && !declaredByPublicInterface(base, name)) {
      throw refused(base, name, "'" + name + "' is not part of the engine's public delegate API");
    }
  }

  /** Engine objects reach expressions as DelegateExecution, DelegateTask, ...: only those interfaces count. */
  private static boolean declaredByPublicInterface(Object base, String methodName) {
    for (Class<?> type = base.getClass(); type != null; type = type.getSuperclass()) {
      for (Class<?> contract : type.getInterfaces()) {
        if (declares(contract, methodName)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean declares(Class<?> contract, String methodName) {
    if (contract.getName().startsWith(ENGINE_INTERNALS)) {
      return Arrays.stream(contract.getInterfaces()).anyMatch(parent -> declares(parent, methodName));
    }
    return Arrays.stream(contract.getMethods()).map(Method::getName).anyMatch(methodName::equals);
  }

  private static Object checked(Object result, Object base, Object member) {
    String forbidden = JavaInternals.whyForbidden(result);
    if (forbidden != null) {
      throw refused(base, String.valueOf(member), "the result would be " + forbidden);
    }
    return result;
  }

  private static String capitalised(String name) {
    return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }

  private static ExpressionRefusedException refused(Object base, String member, String reason) {
    String on = base == null ? member : base.getClass().getSimpleName() + "." + member;
    return new ExpressionRefusedException("Expression refused at '" + on + "': " + reason);
  }
}
