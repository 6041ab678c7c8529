package io.dataflare.quality.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.quality.evidence.internal.ExpectedFailures;
import io.dataflare.quality.evidence.internal.SpecClasses;
import io.dataflare.testkit.PluginBenchmark;
import io.dataflare.testkit.PluginTestCase;
import io.dataflare.testkit.PluginTestSuite;
import io.dataflare.testkit.spec.SpecFile;
import io.dataflare.testkit.spec.SpecFileReader;
import io.dataflare.testkit.spec.SpecFiles;
import io.dataflare.testkit.spec.SpecProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A project's specs: the suites of its TOML spec files and, when a class loader for its test
 * classes is given, of its Java spec classes. Spec files with problems contribute no suite; their
 * problems are listed (the test phase reports them as failures).
 *
 * @param suites every suite read, spec files first
 * @param problems what could not be read, one sentence each
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SpecInventory(List<SpecSuite> suites, List<String> problems) {

  public SpecInventory {
    suites = List.copyOf(suites);
    problems = List.copyOf(problems);
  }

  /**
   * Reads the spec files under {@code specsDirectory} and, if {@code testClassLoader} is given, the
   * spec classes under {@code testClassesDirectory}.
   *
   * @param baseDirectory the directory {@code @SpecPlugin} paths are relative to
   */
  public static SpecInventory read(
      Path specsDirectory,
      Path testClassesDirectory,
      @Nullable ClassLoader testClassLoader,
      Path baseDirectory) {
    List<SpecSuite> suites = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path file : SpecFiles.discover(specsDirectory)) {
      SpecFile spec = SpecFileReader.read(file);
      if (spec.suite().isEmpty()) {
        spec.problems().stream().map(SpecProblem::toString).forEach(problems::add);
        continue;
      }
      PluginTestSuite suite = spec.suite().get();
      suites.add(
          new SpecSuite(
              suite.name(),
              file.toString(),
              SpecClasses.manifestOf(suite),
              suite.cases(),
              suite.benchmarks(),
              SpecClasses.contracts(suite, file.getParent(), problems)));
    }
    if (testClassLoader != null) {
      suites.addAll(
          SpecClasses.read(testClassesDirectory, testClassLoader, baseDirectory, problems));
    }
    return new SpecInventory(suites, problems);
  }

  /** How many cases all suites hold. */
  public int caseCount() {
    return suites.stream().mapToInt(s -> s.cases().size()).sum();
  }

  /** How many benchmarks all suites declare. */
  public int benchmarkCount() {
    return suites.stream().mapToInt(s -> s.benchmarks().size()).sum();
  }

  /** The cases that expect a failure, as {@code suite/case [KIND]}. */
  public List<String> errorPathCases() {
    List<String> found = new ArrayList<>();
    for (SpecSuite suite : suites) {
      for (PluginTestCase testCase : suite.cases()) {
        Set<String> kinds = ExpectedFailures.of(testCase);
        if (!kinds.isEmpty()) {
          found.add(suite.name() + "/" + testCase.name() + " " + kinds);
        }
      }
    }
    return found;
  }

  /** The suites that declare compatibility properties. */
  public List<SpecSuite> contractSuites() {
    return suites.stream().filter(SpecSuite::declaresContracts).toList();
  }

  /** The cases of the suites that test this {@code plugin.toml}. */
  public List<PluginTestCase> casesOf(Path manifest) {
    return suitesOf(manifest).flatMap(s -> s.cases().stream()).toList();
  }

  /** The benchmarks of the suites that test this {@code plugin.toml}. */
  public List<PluginBenchmark> benchmarksOf(Path manifest) {
    return suitesOf(manifest).flatMap(s -> s.benchmarks().stream()).toList();
  }

  private java.util.stream.Stream<SpecSuite> suitesOf(Path manifest) {
    Path wanted = manifest.toAbsolutePath().normalize();
    return suites.stream().filter(s -> wanted.equals(s.manifest()));
  }
}
