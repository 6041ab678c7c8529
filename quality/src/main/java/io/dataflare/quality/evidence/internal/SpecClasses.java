package io.dataflare.quality.evidence.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.quality.evidence.SpecSuite;
import io.dataflare.testkit.PluginBenchmark;
import io.dataflare.testkit.PluginSpec;
import io.dataflare.testkit.PluginTestCase;
import io.dataflare.testkit.PluginTestSuite;
import io.dataflare.testkit.SpecPlugin;
import io.dataflare.testkit.properties.PluginContracts;
import io.dataflare.testkit.properties.PluginProperty;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The suites that Java spec classes ({@code @PluginSpec} methods) return, read by calling those
 * methods as the engine does. Bare cases and contracts of a class form one suite named after it,
 * testing the class's {@link SpecPlugin}; a returned {@link PluginTestSuite} is its own suite.
 */
@API(status = INTERNAL, since = "0.1")
public final class SpecClasses {
  private SpecClasses() {}

  /**
   * Reads every spec class under a compiled test-classes directory.
   *
   * @param loader loads the project's test classes (with their dependencies)
   * @param baseDirectory the directory {@code @SpecPlugin} paths are relative to
   * @param problems collects what could not be read, as full sentences
   */
  public static List<SpecSuite> read(
      Path classesDirectory, ClassLoader loader, Path baseDirectory, List<String> problems) {
    List<SpecSuite> suites = new ArrayList<>();
    for (Class<?> type : specClasses(classesDirectory, loader, problems)) {
      readClass(type, baseDirectory, suites, problems);
    }
    return suites;
  }

  private static List<Class<?>> specClasses(
      Path directory, ClassLoader loader, List<String> problems) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String relative = directory.relativize(file).toString();
        String name =
            relative
                .substring(0, relative.length() - 6)
                .replace(file.getFileSystem().getSeparator(), ".");
        if (name.endsWith("module-info") || name.endsWith("package-info")) {
          continue;
        }
        try {
          Class<?> type = Class.forName(name, false, loader);
          if (Arrays.stream(type.getDeclaredMethods())
              .anyMatch(m -> m.isAnnotationPresent(PluginSpec.class))) {
            classes.add(type);
          }
        } catch (ClassNotFoundException | LinkageError e) {
          problems.add("Test class [" + name + "] cannot be loaded: " + e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the test classes in [" + directory + "]", e);
    }
    return classes;
  }

  private static void readClass(
      Class<?> type, Path baseDirectory, List<SpecSuite> suites, List<String> problems) {
    List<PluginTestCase> bareCases = new ArrayList<>();
    List<String> bareContracts = new ArrayList<>();
    List<PluginBenchmark> bareBenchmarks = new ArrayList<>();
    Method[] methods = type.getDeclaredMethods();
    Arrays.sort(methods, Comparator.comparing(Method::getName));
    for (Method method : methods) {
      if (!method.isAnnotationPresent(PluginSpec.class)) {
        continue;
      }
      String where = type.getName() + "#" + method.getName();
      List<Object> specs = new ArrayList<>();
      try {
        flatten(call(method), specs);
      } catch (ReflectiveOperationException | RuntimeException e) {
        Throwable cause =
            e instanceof InvocationTargetException && e.getCause() != null ? e.getCause() : e;
        problems.add("Spec method [" + where + "] cannot be read: " + cause);
        continue;
      }
      for (Object spec : specs) {
        if (spec instanceof PluginTestCase testCase) {
          bareCases.add(testCase);
        } else if (spec instanceof PluginBenchmark benchmark) {
          bareBenchmarks.add(benchmark);
        } else if (spec instanceof PluginProperty property && property.isContract()) {
          bareContracts.add(property.name());
        } else if (spec instanceof PluginTestSuite suite) {
          suites.add(
              new SpecSuite(
                  suite.name(),
                  where,
                  manifestOf(suite),
                  suite.cases(),
                  suite.benchmarks(),
                  contracts(suite, baseDirectory, problems)));
        }
      }
    }
    if (!bareCases.isEmpty() || !bareBenchmarks.isEmpty() || !bareContracts.isEmpty()) {
      SpecPlugin plugin = type.getAnnotation(SpecPlugin.class);
      Path manifest =
          plugin == null
              ? null
              : baseDirectory.resolve(plugin.value()).toAbsolutePath().normalize();
      suites.add(
          new SpecSuite(
              type.getName(), type.getName(), manifest, bareCases, bareBenchmarks, bareContracts));
    }
  }

  /**
   * The names of the contracts of a suite's {@code [properties]} table, as the engine runs them; a
   * table the engine would refuse adds a problem and no contract.
   *
   * @param directory what a {@code differential} path is relative to
   */
  public static List<String> contracts(
      PluginTestSuite suite, Path directory, List<String> problems) {
    if (suite.properties().isEmpty()) {
      return List.of();
    }
    try {
      return PluginContracts.fromTable(suite.properties().get(), directory).properties().stream()
          .filter(PluginProperty::isContract)
          .map(PluginProperty::name)
          .toList();
    } catch (IllegalArgumentException e) {
      problems.add("Suite [" + suite.name() + "]: " + e.getMessage());
      return List.of();
    }
  }

  /** The manifest file a suite's plugin comes from, when it comes from a file. */
  public static @Nullable Path manifestOf(PluginTestSuite suite) {
    try {
      Path source = suite.plugin().manifest().source();
      return source == null ? null : source.toAbsolutePath().normalize();
    } catch (RuntimeException e) { // a malformed manifest: the validate goal reports it
      return null;
    }
  }

  private static @Nullable Object call(Method method) throws ReflectiveOperationException {
    method.setAccessible(true);
    Object target = null;
    if (!Modifier.isStatic(method.getModifiers())) {
      Constructor<?> constructor = method.getDeclaringClass().getDeclaredConstructor();
      constructor.setAccessible(true);
      target = constructor.newInstance();
    }
    return method.invoke(target);
  }

  private static void flatten(@Nullable Object result, List<Object> specs) {
    if (result == null) {
      return;
    }
    if (result instanceof Stream<?> stream) {
      try (stream) {
        stream.forEach(item -> flatten(item, specs));
      }
    } else if (result instanceof Iterable<?> items) {
      items.forEach(item -> flatten(item, specs));
    } else if (result.getClass().isArray()) {
      for (int i = 0; i < Array.getLength(result); i++) {
        flatten(Array.get(result, i), specs);
      }
    } else {
      specs.add(result);
    }
  }
}
