package io.xborder.sop.expressions;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The catalogue's beans as expressions see them, looked up by name the first time an expression
 * uses one (the engine is built before most beans exist), and recognised again when a method is
 * called on them.
 */
public final class CatalogueBeans {

  private final Function<String, Object> lookup;
  private final Predicate<String> isBeanName;
  private final Map<String, Object> byName = new ConcurrentHashMap<>();
  private final Map<Object, String> names = new ConcurrentHashMap<>();

  public CatalogueBeans(Function<String, Object> lookup, Predicate<String> isBeanName) {
    this.lookup = lookup;
    this.isBeanName = isBeanName;
  }

  /**
   * The bean, or null when the name is neither in the catalogue nor a bean (a variable the
   * process does not have). Asked only after the variables: a variable may have any name.
   */
  public Object resolve(String name) {
    if (!ExpressionCatalogue.isBean(name)) {
      if (isBeanName.test(name) || JavaInternals.isMember(name)) {
        throw new ExpressionRefusedException("Expression refused: bean '" + name + "' is not in the catalogue");
      }
      return null;
    }
    return byName.computeIfAbsent(name, key -> {
      Object bean = lookup.apply(key);
      names.put(new Identity(bean), key);
      return bean;
    });
  }

  /** The catalogue name of this object, or null when it is not one of the catalogue's beans. */
  String nameOf(Object candidate) {
    return names.get(new Identity(candidate));
  }

  /** Beans are compared by identity: a bean's own equals must not make another object pass for it. */
  private record Identity(Object object) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Identity identity && identity.object == object;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(object);
    }
  }
}
