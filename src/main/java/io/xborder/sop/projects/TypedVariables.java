package io.xborder.sop.projects;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads a process or task variable as the type its writer gives it, in one place instead of a cast
 * at every reader: a value of another type (a template or a client wrote something else under the
 * name) fails with the variable's name, not a bare {@link ClassCastException}.
 */
public final class TypedVariables {

  private TypedVariables() {}

  /** The variable's value, or null when it is not set. */
  public static <T> T read(VariableScope scope, String name, Class<T> type) {
    Object value = scope.getVariable(name);
    if (value == null || type.isInstance(value)) {
      return type.cast(value);
    }
    throw new IllegalStateException("Variable '" + name + "' holds " + value.getClass().getSimpleName()
        + ", not the " + type.getSimpleName() + " it is written as");
  }
}
