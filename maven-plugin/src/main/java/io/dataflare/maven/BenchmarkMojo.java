package io.dataflare.maven;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.baselines.jmh.JmhResultReader;
import io.dataflare.bench.BenchmarkMode;
import io.dataflare.maven.internal.BenchmarkMain;
import io.dataflare.maven.internal.MachineLoad;
import io.dataflare.maven.internal.ProjectLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Runs the project's benchmarks ({@code [[benchmark]]} tables of spec files and {@code
 * PluginBenchmark}s of Java spec classes) under JMH, each in its own forked JVMs, and writes {@code
 * target/dataflare/benchmarks.json} (JMH's format) with {@code fingerprint.json} beside it.
 *
 * <p>The harness runs in a new JVM on the project's test class path, in the project's base
 * directory: JMH's forks inherit that class path, which must hold the plugin and its specs. Set the
 * length with {@code -Ddataflare.benchmark.mode=smoke|default|thorough}. A benchmark that fails, or
 * a JVM that crashes, is a build error.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Mojo(
    name = "benchmark",
    defaultPhase = LifecyclePhase.INTEGRATION_TEST,
    requiresDependencyResolution = ResolutionScope.TEST,
    threadSafe = true)
public class BenchmarkMojo extends AbstractBenchmarkingMojo {

  /** Skips this goal. */
  @Parameter(property = "dataflare.benchmark.skip", defaultValue = "false")
  private boolean skipBenchmark;

  /** A/B mode: the check goal benchmarks both sides in turns, so this goal only plans. */
  @Parameter(property = "dataflare.ab.previous")
  private @Nullable String previous;

  @Override
  protected String goal() {
    return "benchmark";
  }

  @Override
  protected boolean skipGoal() {
    return skipBenchmark;
  }

  @Override
  protected void run() throws MojoExecutionException {
    ProjectLayout layout = layout();
    BenchmarkMode mode = mode();
    deleteEarlierResults(layout);
    getLog()
        .info(
            "Benchmarking in "
                + mode.userName()
                + " mode (spec files in "
                + layout.display(layout.specsDirectory())
                + ", spec classes in "
                + layout.display(testClassesDirectory())
                + ")");
    List<String> options = harnessOptions();
    if (previous != null) {
      getLog().info("A/B mode: only the plan is written here; dataflare:check runs both sides");
      options.add(BenchmarkMain.PLAN_ONLY);
    }
    List<String> command =
        fork()
            .discoverAndRun(
                layout.specsDirectory(),
                testClassesDirectory(),
                layout.planFile(),
                layout.outputDirectory(),
                mode,
                options);
    if (previous != null) {
      runFork(command, "planning the benchmarks");
      return;
    }
    MachineLoad load = runMonitored(command, "running the benchmarks");
    load.write(layout.outputDirectory());
    if (load.busy()) {
      getLog()
          .warn(
              "The machine was busy while the benchmarks ran ("
                  + load.describe()
                  + "): their wall-clock times are not comparable, so dataflare:check reports"
                  + " wall-clock regressions as warnings (instruction counts and allocation still"
                  + " gate). Benchmark on a quiet machine, or use A/B mode.");
    }
    if (Files.isRegularFile(layout.benchmarksJson())) {
      getLog().info("Benchmark results: " + layout.display(layout.benchmarksJson()));
    }
  }

  // A run that fails or finds no benchmark must not leave the results of an earlier run behind
  // for the check goal to gate.
  private static void deleteEarlierResults(ProjectLayout layout) throws MojoExecutionException {
    Path output = layout.outputDirectory();
    try {
      Files.deleteIfExists(layout.benchmarksJson());
      Files.deleteIfExists(output.resolve(JmhResultReader.FINGERPRINT_FILE));
      Files.deleteIfExists(layout.planFile());
      Files.deleteIfExists(output.resolve(MachineLoad.FILE));
      Files.createDirectories(output);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Cannot clear earlier benchmark results in [" + output + "]: " + e.getMessage(), e);
    }
  }
}
