package io.dataflare.engine.discovery;

import io.dataflare.testkit.PluginBenchmark;
import io.dataflare.testkit.PluginTestCase;
import io.dataflare.testkit.PluginTestSuite;
import io.dataflare.testkit.properties.PluginProperty;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * Calls {@code @PluginSpec} methods during discovery to learn their cases, benchmarks, suites and
 * properties. A method with parameters or a return type that is not a spec is not called; a method
 * that throws, returns null or returns something else than specs yields a problem naming the
 * method, what is wrong and the fix. One instance of each spec class serves all its methods.
 */
final class SpecMethodInvoker {

  /** What a method returned: its specs in order, or the problem and its cause. */
  record Invocation(List<Object> specs, @Nullable String problem, @Nullable Throwable cause) {
    static Invocation specs(List<Object> specs) {
      return new Invocation(specs, null, null);
    }

    static Invocation problem(String problem, @Nullable Throwable cause) {
      return new Invocation(List.of(), problem, cause);
    }
  }

  private static final String SPEC_TYPES =
      "a PluginTestCase, PluginBenchmark, PluginTestSuite or PluginProperty";

  private final Map<Class<?>, Object> instances = new HashMap<>();

  Invocation invoke(Class<?> specClass, Method method) {
    String name = "Spec method [" + SpecMethods.describe(specClass, method) + "]";
    if (method.getParameterCount() > 0) {
      return Invocation.problem(
          name + " must take no parameters: remove them and build the inputs inside the method",
          null);
    }
    if (!isSpecType(method.getReturnType())) {
      return Invocation.problem(
          name
              + " returns ["
              + method.getReturnType().getTypeName()
              + "], which is not a spec: return "
              + SPEC_TYPES
              + ", or a Stream, Collection, Iterable or array of them",
          null);
    }
    Object target = null;
    if (!Modifier.isStatic(method.getModifiers())) {
      try {
        target = instances.computeIfAbsent(specClass, ReflectionSupport::newInstance);
      } catch (RuntimeException e) {
        return Invocation.problem(
            "Spec class ["
                + specClass.getName()
                + "] could not be created for "
                + name
                + ": ["
                + e
                + "]: give the class a no-argument constructor that does not throw, or make the"
                + " method static",
            e);
      }
    }
    Object returned;
    try {
      returned = ReflectionSupport.invokeMethod(method, target);
    } catch (RuntimeException | Error e) {
      if (e instanceof VirtualMachineError fatal) {
        throw fatal;
      }
      return Invocation.problem(
          name + " threw [" + e + "]: fix the method (it runs during discovery to list its specs)",
          e);
    }
    if (returned == null) {
      return Invocation.problem(
          name + " returned null: return " + SPEC_TYPES + ", or an empty collection", null);
    }
    return flatten(name, returned);
  }

  private static Invocation flatten(String name, Object returned) {
    List<Object> elements = new ArrayList<>();
    try {
      if (returned instanceof Stream<?> stream) {
        try (stream) {
          stream.forEachOrdered(elements::add);
        }
      } else if (returned instanceof Iterable<?> iterable) {
        for (Iterator<?> it = iterable.iterator(); it.hasNext(); ) {
          elements.add(it.next());
        }
      } else if (returned.getClass().isArray()) {
        for (int i = 0; i < Array.getLength(returned); i++) {
          elements.add(Array.get(returned, i));
        }
      } else {
        elements.add(returned);
      }
    } catch (RuntimeException e) {
      return Invocation.problem(
          name + " returned specs that failed while being listed: [" + e + "]: fix the method", e);
    }
    for (int i = 0; i < elements.size(); i++) {
      Object element = elements.get(i);
      if (!isSpec(element)) {
        return Invocation.problem(
            name
                + " returned "
                + (element == null
                    ? "a null element"
                    : "an element of type [" + element.getClass().getName() + "]")
                + " at index ["
                + i
                + "]: return only "
                + SPEC_TYPES.substring(2).replace(" or ", ", ")
                + " elements",
            null);
      }
    }
    return Invocation.specs(elements);
  }

  private static boolean isSpec(@Nullable Object element) {
    return element instanceof PluginTestCase
        || element instanceof PluginBenchmark
        || element instanceof PluginTestSuite
        || element instanceof PluginProperty;
  }

  private static boolean isSpecType(Class<?> type) {
    return isSpecElementType(type)
        || Stream.class.isAssignableFrom(type)
        || Iterable.class.isAssignableFrom(type)
        || (type.isArray() && isSpecElementType(type.getComponentType()));
  }

  private static boolean isSpecElementType(Class<?> type) {
    return PluginTestCase.class.isAssignableFrom(type)
        || PluginBenchmark.class.isAssignableFrom(type)
        || PluginTestSuite.class.isAssignableFrom(type)
        || PluginProperty.class.isAssignableFrom(type);
  }
}
