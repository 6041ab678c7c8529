package io.dataflare.engine.discovery;

import io.dataflare.engine.descriptor.BenchmarkDescriptor;
import io.dataflare.engine.descriptor.CaseDescriptor;
import io.dataflare.engine.descriptor.PropertyDescriptor;
import io.dataflare.engine.descriptor.Segments;
import io.dataflare.engine.descriptor.SpecChildren;
import io.dataflare.testkit.PluginBenchmark;
import io.dataflare.testkit.PluginSource;
import io.dataflare.testkit.PluginTestCase;
import io.dataflare.testkit.PluginTestSuite;
import io.dataflare.testkit.SourceLocation;
import io.dataflare.testkit.properties.PluginContracts;
import io.dataflare.testkit.properties.PluginProperty;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;

/**
 * Builds the children of a suite: one case or benchmark descriptor per spec, tagged with the plugin
 * type (and {@code benchmark}, or the case's own tags), with the spec's file and line as its source
 * when it has one; and one descriptor per compatibility property, tagged {@code property}. Problems
 * (two cases with one name, a tag JUnit cannot use) are added to the caller's list.
 */
final class SuiteTrees {
  private SuiteTrees() {}

  /** The cases and benchmarks of a suite, in order. */
  static SpecChildren of(PluginTestSuite suite, String where, List<String> problems) {
    SpecChildren children = new SpecChildren();
    Set<TestTag> pluginTags = PluginTags.of(suite.plugin());
    for (PluginTestCase testCase : suite.cases()) {
      addCase(children, testCase, suite.plugin(), pluginTags, where, problems);
    }
    for (PluginBenchmark benchmark : suite.benchmarks()) {
      addBenchmark(children, benchmark, suite.plugin(), pluginTags, where, problems);
    }
    @Nullable TestSource source = source(suite.source());
    for (PluginProperty property : properties(suite, where, problems)) {
      addProperty(children, property, suite.plugin(), pluginTags, source, where, problems);
    }
    return children;
  }

  /**
   * The contracts of a suite's {@code [properties]} table (a spec file's, checked when it was read;
   * a Java suite's, checked here); a {@code differential} path resolves against the spec file's
   * directory, or the working directory for a suite built in Java.
   */
  private static List<PluginProperty> properties(
      PluginTestSuite suite, String where, List<String> problems) {
    if (suite.properties().isEmpty()) {
      return List.of();
    }
    Path directory =
        suite
            .source()
            .map(location -> location.file().toAbsolutePath().getParent())
            .orElseGet(() -> Path.of("").toAbsolutePath());
    try {
      return PluginContracts.fromTable(suite.properties().get(), directory).properties();
    } catch (IllegalArgumentException e) {
      problems.add(where + ": " + e.getMessage());
      return List.of();
    }
  }

  /** A contract or custom property, tagged {@code property} besides the plugin's type. */
  static void addProperty(
      SpecChildren children,
      PluginProperty property,
      PluginSource plugin,
      Set<TestTag> pluginTags,
      @Nullable TestSource source,
      String where,
      List<String> problems) {
    Set<TestTag> tags = new LinkedHashSet<>(pluginTags);
    tags.add(TestTag.create(PropertyDescriptor.TAG));
    String type = property.isContract() ? Segments.CONTRACT : Segments.PROPERTY;
    boolean added =
        children.add(
            type,
            property.name(),
            id -> new PropertyDescriptor(id, property, plugin, source, tags));
    if (!added) {
      problems.add(
          duplicate(where, property.isContract() ? "contracts" : "properties", property.name()));
    }
  }

  static void addCase(
      SpecChildren children,
      PluginTestCase testCase,
      PluginSource plugin,
      Set<TestTag> pluginTags,
      String where,
      List<String> problems) {
    Set<TestTag> tags = new LinkedHashSet<>(pluginTags);
    for (String tag : testCase.tags()) {
      if (TestTag.isValid(tag)) {
        tags.add(TestTag.create(tag));
      } else {
        problems.add(
            where
                + ": case ["
                + testCase.name()
                + "] has tag ["
                + tag
                + "], which JUnit cannot use: use a tag without spaces, commas, parentheses, '&',"
                + " '|' or '!'");
      }
    }
    @Nullable TestSource source = source(testCase.source());
    boolean added =
        children.add(
            Segments.CASE,
            testCase.name(),
            id -> new CaseDescriptor(id, testCase, plugin, source, tags));
    if (!added) {
      problems.add(duplicate(where, "cases", testCase.name()));
    }
  }

  static void addBenchmark(
      SpecChildren children,
      PluginBenchmark benchmark,
      PluginSource plugin,
      Set<TestTag> pluginTags,
      String where,
      List<String> problems) {
    Set<TestTag> tags = new LinkedHashSet<>(pluginTags);
    tags.add(TestTag.create(BenchmarkDescriptor.TAG));
    @Nullable TestSource source = source(benchmark.source());
    boolean added =
        children.add(
            Segments.BENCHMARK,
            benchmark.name(),
            id -> new BenchmarkDescriptor(id, benchmark, plugin, source, tags));
    if (!added) {
      problems.add(duplicate(where, "benchmarks", benchmark.name()));
    }
  }

  static String duplicate(String where, String what, String name) {
    return where + " has two " + what + " named [" + name + "]: give each a name of its own";
  }

  private static @Nullable TestSource source(Optional<SourceLocation> location) {
    return location.<TestSource>map(l -> SpecIssues.fileSource(l.file(), l.line())).orElse(null);
  }
}
