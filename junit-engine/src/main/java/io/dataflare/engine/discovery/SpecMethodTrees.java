package io.dataflare.engine.discovery;

import io.dataflare.engine.config.EngineConfiguration;
import io.dataflare.engine.descriptor.InvalidSpecDescriptor;
import io.dataflare.engine.descriptor.Segments;
import io.dataflare.engine.descriptor.SpecChildren;
import io.dataflare.engine.descriptor.SuiteDescriptor;
import io.dataflare.testkit.PluginBenchmark;
import io.dataflare.testkit.PluginSource;
import io.dataflare.testkit.PluginTestCase;
import io.dataflare.testkit.PluginTestSuite;
import io.dataflare.testkit.SpecPlugin;
import io.dataflare.testkit.properties.PluginProperty;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * Builds the suite of a {@code @PluginSpec} method: its cases, benchmarks and properties (against
 * the class's {@link SpecPlugin}) and the suites it returned, each with their own plugin. A method
 * with a problem gets one failing child instead, and its problem is reported as a discovery issue.
 * Each method is called once per discovery.
 */
final class SpecMethodTrees {
  private record Built(SpecChildren children) {}

  private final EngineConfiguration configuration;
  private final SpecIssues issues;
  private final SpecMethodInvoker invoker = new SpecMethodInvoker();
  private final Map<Method, Built> built = new HashMap<>();
  private final Map<Class<?>, Optional<PluginSource>> classPlugins = new HashMap<>();

  SpecMethodTrees(EngineConfiguration configuration, SpecIssues issues) {
    this.configuration = configuration;
    this.issues = issues;
  }

  SuiteDescriptor suite(UniqueId id, Class<?> specClass, Method method) {
    MethodSource source = MethodSource.from(specClass, method);
    SpecChildren children =
        built.computeIfAbsent(method, m -> build(specClass, m, source)).children();
    return new SuiteDescriptor(id, method.getName() + "()", source, children);
  }

  private Built build(Class<?> specClass, Method method, MethodSource source) {
    SpecMethodInvoker.Invocation invocation = invoker.invoke(specClass, method);
    List<String> problems = new ArrayList<>();
    SpecChildren children = new SpecChildren();
    if (invocation.problem() != null) {
      problems.add(invocation.problem());
    } else {
      children = children(specClass, method, invocation.specs(), source, problems);
    }
    if (problems.isEmpty()) {
      return new Built(children);
    }
    problems.forEach(problem -> issues.report(problem, source, invocation.cause()));
    SpecChildren invalid = new SpecChildren();
    invalid.add(
        Segments.INVALID_SPEC, "problems", id -> new InvalidSpecDescriptor(id, source, problems));
    return new Built(invalid);
  }

  private SpecChildren children(
      Class<?> specClass,
      Method method,
      List<Object> specs,
      MethodSource source,
      List<String> problems) {
    String where = "Spec method [" + SpecMethods.describe(specClass, method) + "]";
    SpecChildren children = new SpecChildren();
    for (Object spec : specs) {
      if (spec instanceof PluginTestSuite suite) {
        SpecChildren suiteChildren =
            SuiteTrees.of(suite, where + " suite [" + suite.name() + "]", problems);
        if (!children.add(
            Segments.SUITE,
            suite.name(),
            id -> new SuiteDescriptor(id, suite.name(), source, suiteChildren))) {
          problems.add(SuiteTrees.duplicate(where, "suites", suite.name()));
        }
        continue;
      }
      Optional<PluginSource> plugin = classPlugin(specClass);
      if (plugin.isEmpty()) {
        problems.add(
            where
                + " returns bare cases, benchmarks or properties, but class ["
                + specClass.getName()
                + "] names no plugin: annotate the class with @SpecPlugin(\"plugin.toml\") or"
                + " return a PluginTestSuite");
        return children;
      }
      Set<TestTag> tags = PluginTags.of(plugin.get());
      if (spec instanceof PluginTestCase testCase) {
        SuiteTrees.addCase(children, testCase, plugin.get(), tags, where, problems);
      } else if (spec instanceof PluginBenchmark benchmark) {
        SuiteTrees.addBenchmark(children, benchmark, plugin.get(), tags, where, problems);
      } else if (spec instanceof PluginProperty property) {
        // no source, like Java cases: Surefire then reports the property by its name
        SuiteTrees.addProperty(children, property, plugin.get(), tags, null, where, problems);
      }
    }
    return children;
  }

  private Optional<PluginSource> classPlugin(Class<?> specClass) {
    return classPlugins.computeIfAbsent(
        specClass,
        c ->
            AnnotationSupport.findAnnotation(c, SpecPlugin.class)
                .map(
                    annotation ->
                        PluginSource.manifest(configuration.resolve(annotation.value()))));
  }
}
