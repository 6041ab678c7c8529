package io.dataflare.bench.discovery;

import io.dataflare.bench.internal.SpecMethods;
import io.dataflare.bench.plan.PluginLocator;
import io.dataflare.runtime.ManifestException;
import io.dataflare.runtime.ManifestParser;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.testkit.PluginBenchmark;
import io.dataflare.testkit.PluginSpec;
import io.dataflare.testkit.PluginTestSuite;
import io.dataflare.testkit.SpecPlugin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The benchmarks that the {@code @PluginSpec} methods of Java spec classes return. */
final class SpecClassBenchmarks {
  private SpecClassBenchmarks() {}

  /** The classes under a compiled-classes directory that have {@code @PluginSpec} methods. */
  static List<Class<?>> scan(Path directory, BenchmarkDiscovery.Found found) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = className(directory, file);
        if (name.endsWith("module-info") || name.endsWith("package-info")) {
          continue;
        }
        try {
          Class<?> type = Class.forName(name, false, classLoader());
          if (hasSpecMethods(type)) {
            classes.add(type);
          }
        } catch (ClassNotFoundException | LinkageError e) {
          found.skipped(name + ": not loadable (" + e + ")");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list classes in [" + directory + "]", e);
    }
    return classes;
  }

  static void read(Class<?> type, BenchmarkDiscovery.Found found) {
    Method[] methods = type.getDeclaredMethods();
    Arrays.sort(methods, Comparator.comparing(Method::getName));
    for (Method method : methods) {
      if (method.isAnnotationPresent(PluginSpec.class)) {
        read(type, method, found);
      }
    }
  }

  private static void read(Class<?> type, Method method, BenchmarkDiscovery.Found found) {
    String where = type.getName() + "#" + method.getName();
    if (method.getParameterCount() != 0) {
      found.problem(where, "a @PluginSpec method must take no parameters", "remove them");
      return;
    }
    List<Object> specs;
    try {
      specs = SpecMethods.invoke(method);
    } catch (IllegalStateException e) {
      found.problem(e.getMessage());
      return;
    }
    for (Object spec : specs) {
      try {
        if (spec instanceof PluginTestSuite suite) {
          addSuite(type, method, suite, where, found);
        } else if (spec instanceof PluginBenchmark benchmark) {
          addBare(type, benchmark, where, found);
        }
      } catch (ManifestException | IllegalArgumentException | UncheckedIOException e) {
        found.problem(where + ": " + e.getMessage());
      }
    }
  }

  private static void addSuite(
      Class<?> type,
      Method method,
      PluginTestSuite suite,
      String where,
      BenchmarkDiscovery.Found found) {
    if (suite.benchmarks().isEmpty()) {
      return;
    }
    PluginManifest manifest = suite.plugin().manifest();
    if (skipped(manifest, where, found)) {
      return;
    }
    PluginLocator locator =
        PluginLocator.specMethod(type.getName(), method.getName(), suite.name());
    for (PluginBenchmark benchmark : suite.benchmarks()) {
      found.add(PlannedBenchmarks.of(benchmark, manifest, locator, where));
    }
  }

  private static void addBare(
      Class<?> type, PluginBenchmark benchmark, String where, BenchmarkDiscovery.Found found) {
    SpecPlugin plugin = type.getAnnotation(SpecPlugin.class);
    if (plugin == null) {
      found.problem(
          where,
          "returns benchmark [" + benchmark.name() + "] but the class names no plugin",
          "annotate the class with @SpecPlugin(\"plugin.toml\") or return a PluginTestSuite");
      return;
    }
    Path pluginToml = Path.of(plugin.value()).toAbsolutePath().normalize();
    PluginManifest manifest = ManifestParser.parse(pluginToml);
    if (!skipped(manifest, where, found)) {
      found.add(
          PlannedBenchmarks.of(benchmark, manifest, PluginLocator.manifest(pluginToml), where));
    }
  }

  private static boolean skipped(
      PluginManifest manifest, String where, BenchmarkDiscovery.Found found) {
    if (manifest.test().benchmarkEnabled()) {
      return false;
    }
    found.skipped(
        where + ": " + manifest.describeSource() + " sets [test] benchmark_enabled = false");
    return true;
  }

  private static boolean hasSpecMethods(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .anyMatch(method -> method.isAnnotationPresent(PluginSpec.class));
  }

  private static String className(Path directory, Path classFile) {
    String relative = directory.relativize(classFile).toString();
    return relative
        .substring(0, relative.length() - ".class".length())
        .replace(classFile.getFileSystem().getSeparator(), ".");
  }

  private static ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : SpecClassBenchmarks.class.getClassLoader();
  }
}
