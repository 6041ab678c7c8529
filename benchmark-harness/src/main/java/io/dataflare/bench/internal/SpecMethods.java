package io.dataflare.bench.internal;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Calls {@code @PluginSpec} methods and flattens what they return (a spec, or a stream, collection,
 * iterable or array of specs) into one list.
 */
public final class SpecMethods {
  private SpecMethods() {}

  /**
   * Calls the no-argument method {@code methodName} of class {@code className}, loaded by the
   * thread's context class loader.
   *
   * @throws IllegalStateException naming the class and method when either cannot be found or the
   *     method throws
   */
  public static List<Object> invoke(String className, String methodName) {
    Class<?> type;
    try {
      type = Class.forName(className, true, classLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          "Spec class ["
              + className
              + "] is not on the class path (fix: run the harness with the project's test class"
              + " path)",
          e);
    }
    Method method;
    try {
      method = type.getDeclaredMethod(methodName);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(
          "Spec class ["
              + className
              + "] has no method ["
              + methodName
              + "()] (fix: build the benchmark plan again from the current spec classes)",
          e);
    }
    return invoke(method);
  }

  /** Calls a spec method, on a new instance of its class unless it is static. */
  public static List<Object> invoke(Method method) {
    String where = method.getDeclaringClass().getName() + "#" + method.getName();
    try {
      method.setAccessible(true);
      Object target = Modifier.isStatic(method.getModifiers()) ? null : instantiate(method);
      List<Object> specs = new ArrayList<>();
      flatten(method.invoke(target), specs);
      return specs;
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new IllegalStateException(
          "Spec method [" + where + "] threw " + cause + " (fix: make it return its specs)", cause);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException(
          "Cannot call spec method ["
              + where
              + "]: "
              + e
              + " (fix: give the class a no-argument"
              + " constructor or make the method static)",
          e);
    }
  }

  private static Object instantiate(Method method) throws ReflectiveOperationException {
    Constructor<?> constructor = method.getDeclaringClass().getDeclaredConstructor();
    constructor.setAccessible(true);
    return constructor.newInstance();
  }

  private static void flatten(Object result, List<Object> specs) {
    if (result == null) {
      return;
    }
    if (result instanceof Stream<?> stream) {
      try (stream) {
        stream.forEach(element -> flatten(element, specs));
      }
    } else if (result instanceof Iterable<?> iterable) {
      iterable.forEach(element -> flatten(element, specs));
    } else if (result.getClass().isArray()) {
      for (int i = 0; i < Array.getLength(result); i++) {
        flatten(Array.get(result, i), specs);
      }
    } else {
      specs.add(result);
    }
  }

  private static ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : SpecMethods.class.getClassLoader();
  }
}
