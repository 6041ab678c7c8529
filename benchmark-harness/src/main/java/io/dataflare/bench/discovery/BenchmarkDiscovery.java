package io.dataflare.bench.discovery;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.bench.plan.BenchmarkPlan;
import io.dataflare.bench.plan.PlannedBenchmark;
import io.dataflare.testkit.spec.SpecFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Builds a {@link BenchmarkPlan} from the benchmarks of TOML spec files ({@code [[benchmark]]}
 * tables) and Java spec classes ({@code @PluginSpec} methods returning a {@code PluginBenchmark} or
 * a {@code PluginTestSuite}).
 *
 * <pre>{@code
 * DiscoveryResult found = BenchmarkDiscovery.builder()
 *     .specDirectory(Path.of("src/test/dataflare"))
 *     .specClass(LogFilterSpecs.class)
 *     .build()
 *     .discover();
 * BenchmarkPlan plan = found.requirePlan();
 * }</pre>
 *
 * <p>A TOML benchmark's forks find the plugin by its {@code plugin.toml}. A suite from a Java spec
 * method is found again in each fork by calling the method, so native plugins given in code work; a
 * bare benchmark uses the class's {@code @SpecPlugin} manifest. Plugins whose manifest sets {@code
 * [test] benchmark_enabled = false} are skipped. Spec methods are called, and manifests parsed,
 * during discovery: names, versions and module hashes go into the plan.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BenchmarkDiscovery {
  private final List<Path> specFiles;
  private final List<Path> classDirectories;
  private final List<Class<?>> specClasses;

  private BenchmarkDiscovery(Builder builder) {
    this.specFiles = List.copyOf(builder.specFiles);
    this.classDirectories = List.copyOf(builder.classDirectories);
    this.specClasses = List.copyOf(builder.specClasses);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Reads every source; never throws for a bad spec, which becomes a problem instead. */
  public DiscoveryResult discover() {
    Found found = new Found();
    for (Path file : specFiles) {
      SpecFileBenchmarks.read(file, found);
    }
    List<Class<?>> classes = new ArrayList<>(specClasses);
    for (Path directory : classDirectories) {
      classes.addAll(SpecClassBenchmarks.scan(directory, found));
    }
    for (Class<?> type : classes) {
      SpecClassBenchmarks.read(type, found);
    }
    return new DiscoveryResult(
        BenchmarkPlan.of(List.copyOf(found.benchmarks.values())), found.problems, found.skipped);
  }

  /** What discovery has found so far; benchmark ids stay unique. */
  static final class Found {
    private final Map<String, PlannedBenchmark> benchmarks = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    void add(PlannedBenchmark benchmark) {
      PlannedBenchmark earlier = benchmarks.putIfAbsent(benchmark.id(), benchmark);
      if (earlier != null) {
        problem(
            benchmark.source().orElse(benchmark.id()),
            "benchmark id ["
                + benchmark.id()
                + "] is already declared at "
                + earlier.source().orElse("another spec"),
            "give one of the benchmarks another name");
      }
    }

    void problem(String where, String problem, String fix) {
      problems.add(where + ": " + problem + " (fix: " + fix + ")");
    }

    void problem(String line) {
      problems.add(line);
    }

    void skipped(String line) {
      skipped.add(line);
    }
  }

  /** Configures what {@link BenchmarkDiscovery} reads. */
  public static final class Builder {
    private final List<Path> specFiles = new ArrayList<>();
    private final List<Path> classDirectories = new ArrayList<>();
    private final List<Class<?>> specClasses = new ArrayList<>();

    private Builder() {}

    /**
     * Every TOML spec file under this directory (recursively, sorted, without {@code baselines/}
     * and {@code plugin.toml}); a missing directory has none.
     */
    public Builder specDirectory(Path directory) {
      specFiles.addAll(SpecFiles.discover(Objects.requireNonNull(directory, "directory")));
      return this;
    }

    /** One TOML spec file. */
    public Builder specFile(Path file) {
      specFiles.add(Objects.requireNonNull(file, "file"));
      return this;
    }

    /** A Java spec class with {@code @PluginSpec} methods. */
    public Builder specClass(Class<?> type) {
      specClasses.add(Objects.requireNonNull(type, "type"));
      return this;
    }

    /**
     * Every class under a compiled-classes directory (e.g. {@code target/test-classes}) that has
     * {@code @PluginSpec} methods; the classes are loaded by the thread's context class loader.
     */
    public Builder classDirectory(Path directory) {
      classDirectories.add(Objects.requireNonNull(directory, "directory"));
      return this;
    }

    public BenchmarkDiscovery build() {
      return new BenchmarkDiscovery(this);
    }
  }
}
