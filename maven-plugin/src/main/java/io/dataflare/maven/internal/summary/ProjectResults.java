package io.dataflare.maven.internal.summary;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the pipeline left in one project's build directory.
 *
 * @param project the project's name (its artifactId)
 * @param tests Surefire's counts
 * @param benchmarks the figures of {@code target/dataflare/benchmarks.json}
 * @param verdicts the gate's verdict per benchmark
 * @param gatePassed whether the gate passed, empty when it did not run
 */
public record ProjectResults(
    String project,
    TestCounts tests,
    List<BenchmarkFigures> benchmarks,
    Map<String, String> verdicts,
    Optional<Boolean> gatePassed) {

  public ProjectResults {
    benchmarks = List.copyOf(benchmarks);
    verdicts = Map.copyOf(verdicts);
  }

  /** Reads a project's results from its build directory ({@code target}). */
  public static ProjectResults read(String project, Path buildDirectory) {
    Path output = buildDirectory.resolve("dataflare");
    return new ProjectResults(
        project,
        TestCounts.read(buildDirectory.resolve("surefire-reports")),
        BenchmarkFigures.read(output.resolve("benchmarks.json")),
        GateVerdicts.read(output),
        GateVerdicts.passed(output));
  }
}
