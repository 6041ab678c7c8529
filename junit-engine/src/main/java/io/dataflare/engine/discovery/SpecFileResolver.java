package io.dataflare.engine.discovery;

import io.dataflare.engine.config.EngineConfiguration;
import io.dataflare.engine.descriptor.InvalidSpecDescriptor;
import io.dataflare.engine.descriptor.Segments;
import io.dataflare.engine.descriptor.SpecChildren;
import io.dataflare.engine.descriptor.SuiteDescriptor;
import io.dataflare.testkit.PluginTestSuite;
import io.dataflare.testkit.SourceLocation;
import io.dataflare.testkit.spec.SpecFile;
import io.dataflare.testkit.spec.SpecFileReader;
import io.dataflare.testkit.spec.SpecFiles;
import io.dataflare.testkit.spec.SpecProblem;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.commons.io.Resource;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClasspathResourceSelector;
import org.junit.platform.engine.discovery.DirectorySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.engine.discovery.FileSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves TOML spec files: file selectors (with a line, the case written there), directory
 * selectors (every spec file below), classpath resources that are spec files on disk, and {@code
 * [spec-file:...]} unique ids. Each file is read once per discovery; a file with problems becomes a
 * suite whose one test fails with them, and each problem is reported as a discovery issue.
 */
final class SpecFileResolver implements SelectorResolver {
  private record ReadSpec(String displayName, SpecChildren children, List<SpecAtLine> lines) {}

  private record SpecAtLine(String type, String name, int line) {}

  private final EngineConfiguration configuration;
  private final UniqueId engineId;
  private final SpecIssues issues;
  private final Map<Path, ReadSpec> read = new HashMap<>();

  SpecFileResolver(EngineConfiguration configuration, UniqueId engineId, SpecIssues issues) {
    this.configuration = configuration;
    this.engineId = engineId;
    this.issues = issues;
  }

  @Override
  public Resolution resolve(FileSelector selector, Context context) {
    Path file = configuration.workingDirectory().resolve(selector.getPath()).normalize();
    if (!isSpecFile(file)) {
      return Resolution.unresolved();
    }
    if (selector.getPosition().isPresent()) {
      return specAtLine(file, selector.getPosition().get());
    }
    return suite(file, context);
  }

  @Override
  public Resolution resolve(DirectorySelector selector, Context context) {
    Path directory = configuration.workingDirectory().resolve(selector.getPath()).normalize();
    Set<DiscoverySelector> files = new LinkedHashSet<>();
    for (Path file : SpecFiles.discover(directory)) {
      files.add(DiscoverySelectors.selectFile(file.toFile()));
    }
    return files.isEmpty() ? Resolution.unresolved() : Resolution.selectors(files);
  }

  @Override
  public Resolution resolve(ClasspathResourceSelector selector, Context context) {
    Set<DiscoverySelector> files = new LinkedHashSet<>();
    for (Resource resource : selector.getResources()) {
      URI uri = resource.getUri();
      if ("file".equals(uri.getScheme()) && isSpecFile(Path.of(uri))) {
        files.add(
            DiscoverySelectors.selectFile(
                Path.of(uri).toFile(), selector.getPosition().orElse(null)));
      }
    }
    return files.isEmpty() ? Resolution.unresolved() : Resolution.selectors(files);
  }

  @Override
  public Resolution resolve(UniqueIdSelector selector, Context context) {
    UniqueId id = selector.getUniqueId();
    List<UniqueId.Segment> segments = id.getSegments();
    if (segments.size() != 2 || !Segments.SPEC_FILE.equals(id.getLastSegment().getType())) {
      return Resolution.unresolved();
    }
    Path file = configuration.resolve(id.getLastSegment().getValue());
    return isSpecFile(file) ? suite(file, context) : Resolution.unresolved();
  }

  private Resolution suite(Path file, Context context) {
    ReadSpec spec = read(file);
    return context
        .addToParent(
            parent ->
                Optional.of(
                    new SuiteDescriptor(
                        suiteId(file), spec.displayName(), reportSource(file), spec.children())))
        .map(SuiteExpansion::exact)
        .map(Resolution::match)
        .orElseGet(Resolution::unresolved);
  }

  /** The case or benchmark written at (or, failing that, last started before) this line. */
  private Resolution specAtLine(Path file, FilePosition position) {
    SpecAtLine found = null;
    for (SpecAtLine candidate : read(file).lines()) {
      if (candidate.line() <= position.getLine()
          && (found == null || candidate.line() > found.line())) {
        found = candidate;
      }
    }
    UniqueId target =
        found == null ? suiteId(file) : suiteId(file).append(found.type(), found.name());
    return Resolution.selectors(Set.of(DiscoverySelectors.selectUniqueId(target)));
  }

  private UniqueId suiteId(Path file) {
    return engineId.append(Segments.SPEC_FILE, configuration.display(file));
  }

  private ReadSpec read(Path file) {
    return read.computeIfAbsent(file, this::readAndReport);
  }

  private ReadSpec readAndReport(Path file) {
    SpecFile spec = SpecFileReader.read(file);
    List<String> problems = new ArrayList<>();
    spec.problems().forEach(problem -> problems.add(problem.toString()));
    spec.problems().forEach(issues::report);
    SpecChildren children = new SpecChildren();
    List<SpecAtLine> lines = new ArrayList<>();
    String where = "Spec file [" + configuration.display(file) + "]";
    if (spec.suite().isPresent()) {
      PluginTestSuite suite = spec.suite().get();
      List<String> treeProblems = new ArrayList<>();
      children = SuiteTrees.of(suite, where, treeProblems);
      treeProblems.forEach(problem -> issues.report(problem, SpecIssues.fileSource(file, 0), null));
      problems.addAll(treeProblems);
      suite.cases().forEach(c -> lines.add(atLine(Segments.CASE, c.name(), c.source())));
      suite.benchmarks().forEach(b -> lines.add(atLine(Segments.BENCHMARK, b.name(), b.source())));
    }
    if (!problems.isEmpty()) {
      children = invalid(file, spec.problems(), problems);
    }
    String displayName = spec.suite().map(PluginTestSuite::name).orElseGet(() -> baseName(file));
    return new ReadSpec(displayName, children, problems.isEmpty() ? lines : List.of());
  }

  private static SpecChildren invalid(Path file, List<SpecProblem> fileProblems, List<String> all) {
    int line = fileProblems.isEmpty() ? 0 : fileProblems.get(0).line();
    SpecChildren children = new SpecChildren();
    children.add(
        Segments.INVALID_SPEC,
        "problems",
        id -> new InvalidSpecDescriptor(id, SpecIssues.fileSource(file, line), all));
    return children;
  }

  private static SpecAtLine atLine(String type, String name, Optional<SourceLocation> source) {
    return new SpecAtLine(type, name, source.map(SourceLocation::line).orElse(0));
  }

  /**
   * A class source named after the file (e.g. {@code aggregate.totals} for {@code
   * src/test/dataflare/aggregate/totals.toml}): build tools such as Surefire group and report tests
   * by their class, so a spec file's cases get a report of their own. The cases carry the file and
   * line.
   */
  private ClassSource reportSource(Path file) {
    Path specs = configuration.specsDirectory();
    String relative =
        file.startsWith(specs) ? specs.relativize(file).toString() : configuration.display(file);
    String name = relative.replace('\\', '/');
    name = name.endsWith(".toml") ? name.substring(0, name.length() - ".toml".length()) : name;
    return ClassSource.from(name.replace('/', '.'));
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(".toml") ? name.substring(0, name.length() - ".toml".length()) : name;
  }

  private static boolean isSpecFile(Path file) {
    return SpecFiles.isSpecFileName(file) && Files.isRegularFile(file);
  }
}
