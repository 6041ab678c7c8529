package io.dataflare.engine.discovery;

import io.dataflare.engine.api.DataFlareSpecFiles;
import io.dataflare.testkit.PluginSpec;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/** What makes a class a spec class or a marker, and how spec methods are named in ids. */
final class SpecMethods {
  private SpecMethods() {}

  /** A concrete, non-inner class with at least one {@code @PluginSpec} method. */
  static boolean isSpecClass(Class<?> candidate) {
    return isRunnable(candidate) && !specMethods(candidate).isEmpty();
  }

  /** A class carrying {@link DataFlareSpecFiles}. */
  static boolean isMarker(Class<?> candidate) {
    return AnnotationSupport.isAnnotated(candidate, DataFlareSpecFiles.class);
  }

  static boolean isSpecMethod(Method method) {
    return AnnotationSupport.isAnnotated(method, PluginSpec.class);
  }

  /** The {@code @PluginSpec} methods of a class and its superclasses, in a stable order. */
  static List<Method> specMethods(Class<?> specClass) {
    return ReflectionSupport.findMethods(
        specClass, SpecMethods::isSpecMethod, HierarchyTraversalMode.TOP_DOWN);
  }

  /** The id segment of a method: {@code name(parameter types)}, as JUnit Jupiter writes it. */
  static String segment(Method method) {
    return method.getName() + "(" + parameterTypes(method) + ")";
  }

  /** A method for messages: {@code com.acme.FilterSpecs#cases()}. */
  static String describe(Class<?> specClass, Method method) {
    return specClass.getName() + "#" + segment(method);
  }

  static String parameterTypes(Method method) {
    return Arrays.stream(method.getParameterTypes())
        .map(Class::getName)
        .collect(Collectors.joining(","));
  }

  private static boolean isRunnable(Class<?> candidate) {
    int modifiers = candidate.getModifiers();
    return !candidate.isInterface()
        && !candidate.isAnnotation()
        && !candidate.isEnum()
        && !Modifier.isAbstract(modifiers)
        && !candidate.isAnonymousClass()
        && !candidate.isLocalClass()
        && !(candidate.isMemberClass() && !Modifier.isStatic(modifiers));
  }
}
