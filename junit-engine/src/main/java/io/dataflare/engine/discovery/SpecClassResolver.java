package io.dataflare.engine.discovery;

import io.dataflare.engine.api.DataFlareSpecFiles;
import io.dataflare.engine.config.EngineConfiguration;
import io.dataflare.engine.descriptor.Segments;
import io.dataflare.engine.descriptor.SpecClassDescriptor;
import io.dataflare.engine.descriptor.SuiteDescriptor;
import io.dataflare.testkit.spec.SpecFiles;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves Java spec classes and their {@code @PluginSpec} methods (class, method, classpath root
 * and unique-id selectors), and turns a {@link DataFlareSpecFiles} marker or a classpath root into
 * a selection of the spec file directory.
 */
final class SpecClassResolver implements SelectorResolver {
  private final EngineConfiguration configuration;
  private final UniqueId engineId;
  private final SpecIssues issues;
  private final Predicate<String> classNameFilter;
  private final SpecMethodTrees methods;

  SpecClassResolver(
      EngineConfiguration configuration,
      UniqueId engineId,
      SpecIssues issues,
      Predicate<String> classNameFilter) {
    this.configuration = configuration;
    this.engineId = engineId;
    this.issues = issues;
    this.classNameFilter = classNameFilter;
    this.methods = new SpecMethodTrees(configuration, issues);
  }

  @Override
  public Resolution resolve(ClassSelector selector, Context context) {
    Class<?> candidate = selector.getJavaClass();
    if (SpecMethods.isMarker(candidate)) {
      return marker(candidate);
    }
    return SpecMethods.isSpecClass(candidate) ? specClass(candidate, context) : unresolved();
  }

  @Override
  public Resolution resolve(MethodSelector selector, Context context) {
    Class<?> specClass = selector.getJavaClass();
    Method method = selector.getJavaMethod();
    if (!SpecMethods.isSpecMethod(method) || !SpecMethods.isSpecClass(specClass)) {
      return unresolved();
    }
    return specMethod(specClass, method, context);
  }

  @Override
  public Resolution resolve(UniqueIdSelector selector, Context context) {
    UniqueId id = selector.getUniqueId();
    List<UniqueId.Segment> segments = id.getSegments();
    if (segments.size() < 2 || !Segments.CLASS.equals(segments.get(1).getType())) {
      return unresolved();
    }
    Optional<Class<?>> specClass =
        ReflectionSupport.tryToLoadClass(segments.get(1).getValue()).toOptional();
    if (specClass.isEmpty() || !SpecMethods.isSpecClass(specClass.get())) {
      return unresolved();
    }
    if (segments.size() == 2) {
      return specClass(specClass.get(), context);
    }
    if (segments.size() == 3 && Segments.METHOD.equals(id.getLastSegment().getType())) {
      return findMethod(specClass.get(), id.getLastSegment().getValue())
          .filter(SpecMethods::isSpecMethod)
          .map(method -> specMethod(specClass.get(), method, context))
          .orElseGet(Resolution::unresolved);
    }
    return unresolved();
  }

  @Override
  public Resolution resolve(ClasspathRootSelector selector, Context context) {
    Set<DiscoverySelector> selectors = new LinkedHashSet<>();
    if (Files.isDirectory(configuration.specsDirectory())) {
      selectors.add(DiscoverySelectors.selectDirectory(configuration.specsDirectory().toFile()));
    }
    ReflectionSupport.findAllClassesInClasspathRoot(
            selector.getClasspathRoot(),
            c -> SpecMethods.isSpecClass(c) || SpecMethods.isMarker(c),
            classNameFilter)
        .forEach(c -> selectors.add(DiscoverySelectors.selectClass(c)));
    return selectors.isEmpty() ? unresolved() : Resolution.selectors(selectors);
  }

  private Resolution marker(Class<?> markerClass) {
    Path directory = markerDirectory(markerClass);
    Set<DiscoverySelector> selectors = new LinkedHashSet<>();
    if (SpecFiles.discover(directory).isEmpty()) {
      issues.warn(
          "Class ["
              + markerClass.getName()
              + "] selects the spec files in ["
              + configuration.display(directory)
              + "], but there are none: add *.toml spec files there, or set "
              + "dataflare.specs.directory (or [test] test_data in plugin.toml) to where they are",
          ClassSource.from(markerClass));
    } else {
      selectors.add(DiscoverySelectors.selectDirectory(directory.toFile()));
    }
    if (SpecMethods.isSpecClass(markerClass)) {
      selectors.add(DiscoverySelectors.selectUniqueId(classId(markerClass)));
    }
    return selectors.isEmpty() ? unresolved() : Resolution.selectors(selectors);
  }

  private Path markerDirectory(Class<?> markerClass) {
    String value =
        AnnotationSupport.findAnnotation(markerClass, DataFlareSpecFiles.class)
            .map(DataFlareSpecFiles::value)
            .orElse("")
            .strip();
    return value.isEmpty() ? configuration.specsDirectory() : configuration.resolve(value);
  }

  private Resolution specClass(Class<?> specClass, Context context) {
    return context
        .addToParent(parent -> Optional.of(new SpecClassDescriptor(classId(specClass), specClass)))
        .map(descriptor -> Match.exact(descriptor, () -> methodSelectors(specClass)))
        .map(Resolution::match)
        .orElseGet(Resolution::unresolved);
  }

  private Set<? extends DiscoverySelector> methodSelectors(Class<?> specClass) {
    Set<DiscoverySelector> selectors = new LinkedHashSet<>();
    for (Method method : SpecMethods.specMethods(specClass)) {
      selectors.add(DiscoverySelectors.selectMethod(specClass, method));
    }
    return selectors;
  }

  private Resolution specMethod(Class<?> specClass, Method method, Context context) {
    return context
        .addToParent(
            () -> DiscoverySelectors.selectUniqueId(classId(specClass)),
            parent -> Optional.of(methodSuite(parent.getUniqueId(), specClass, method)))
        .map(SuiteExpansion::exact)
        .map(Resolution::match)
        .orElseGet(Resolution::unresolved);
  }

  private SuiteDescriptor methodSuite(UniqueId classId, Class<?> specClass, Method method) {
    return methods.suite(
        classId.append(Segments.METHOD, SpecMethods.segment(method)), specClass, method);
  }

  private UniqueId classId(Class<?> specClass) {
    return engineId.append(Segments.CLASS, specClass.getName());
  }

  private static Optional<Method> findMethod(Class<?> specClass, String segment) {
    int open = segment.indexOf('(');
    if (open < 0 || !segment.endsWith(")")) {
      return Optional.empty();
    }
    String name = segment.substring(0, open);
    String parameterTypes = segment.substring(open + 1, segment.length() - 1);
    return ReflectionSupport.findMethod(specClass, name, parameterTypes);
  }

  private static Resolution unresolved() {
    return Resolution.unresolved();
  }
}
