package io.xborder.sop.expressions;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineServices;

/**
 * What no expression may touch, whatever bean or variable it starts from: Java's reflection,
 * class loading and process APIs, and the engine's and Spring's own objects. The template lint
 * refuses these names at deployment; {@link SandboxElResolver} refuses the names and the objects
 * at run time, however an expression reached them.
 */
public final class JavaInternals {

  /** Methods and properties (getters as EL names them) that lead out of the model into Java or the engine. */
  public static final Set<String> MEMBERS = Set.of(
      "class", "getClass", "forName", "classLoader", "getClassLoader", "contextClassLoader",
      "getContextClassLoader", "loadClass", "newInstance", "getRuntime",
      "invoke", "getMethod", "getMethods", "getDeclaredMethod", "getDeclaredMethods", "getField",
      "getFields", "getDeclaredField", "getDeclaredFields", "getConstructor", "getConstructors",
      "getDeclaredConstructor", "getDeclaredConstructors", "setAccessible", "getModule",
      "processEngine", "getProcessEngine", "processEngineServices", "getProcessEngineServices",
      "processEngineConfiguration", "getProcessEngineConfiguration", "applicationContext",
      "getApplicationContext", "getBean", "beanFactory", "getBeanFactory",
      // Spin: Jackson would build an object of any class named in the template.
      "mapTo");

  /** Packages whose objects an expression never works with. */
  private static final List<String> PACKAGES = List.of(
      "java.lang.reflect.", "java.lang.invoke.", "java.lang.ref.", "java.io.", "java.nio.", "java.net.",
      "java.rmi.", "java.sql.", "javax.sql.", "javax.naming.", "javax.script.", "javax.management.",
      "sun.", "com.sun.", "jdk.", "org.springframework.", "org.apache.ibatis.", "org.camunda.bpm.engine.impl.cfg.",
      "org.camunda.bpm.engine.impl.interceptor.", "org.camunda.bpm.engine.impl.db.", "org.camunda.bpm.engine.impl.el.",
      "org.camunda.bpm.engine.impl.scripting.", "org.camunda.bpm.engine.impl.context.");

  private static final List<Class<?>> TYPES = types();

  private JavaInternals() {}

  public static boolean isMember(String name) {
    return MEMBERS.contains(name);
  }

  /** Why an expression may not hold this object, or null when it may. */
  public static String whyForbidden(Object value) {
    if (value == null) {
      return null;
    }
    Class<?> type = value.getClass();
    for (Class<?> forbidden : TYPES) {
      if (forbidden.isAssignableFrom(type)) {
        return forbidden.getName();
      }
    }
    String name = type.getName();
    return PACKAGES.stream().filter(name::startsWith).findFirst().map(prefix -> name).orElse(null);
  }

  private static List<Class<?>> types() {
    List<Class<?>> types = new ArrayList<>(List.of(
        Class.class, ClassLoader.class, Runtime.class, ProcessBuilder.class, Process.class, ProcessHandle.class,
        Thread.class, ThreadGroup.class, Module.class, ModuleLayer.class, StackWalker.class,
        ProcessEngineServices.class, ProcessEngineConfiguration.class));
    // Every engine service (RuntimeService, IdentityService, ...), as the engine itself lists them.
    Arrays.stream(ProcessEngineServices.class.getMethods()).map(Method::getReturnType).forEach(types::add);
    return List.copyOf(types);
  }
}
