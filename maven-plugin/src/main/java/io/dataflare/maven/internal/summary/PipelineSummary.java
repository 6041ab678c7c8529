package io.dataflare.maven.internal.summary;

import io.dataflare.maven.internal.TextTable;
import io.dataflare.quality.output.QualitySummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One table for several plugin projects: per benchmark its project's test counts, throughput, p99
 * latency, instructions per record and gate verdict; then the failed tests by name; then, when
 * given, each project's quality score, its three weakest checks with their hints and its report.
 */
public final class PipelineSummary {
  private PipelineSummary() {}

  /**
   * The table and failed tests, then the quality of each project; report paths are shown relative
   * to {@code workingDirectory} when they are inside it.
   */
  public static List<String> render(
      List<ProjectResults> projects, List<ProjectQuality> quality, Path workingDirectory) {
    List<String> lines = new ArrayList<>(render(projects));
    if (quality.isEmpty()) {
      return lines;
    }
    lines.add("");
    lines.add("Quality scores (how to earn each point: docs/quality.md):");
    for (ProjectQuality project : quality) {
      String report = project.report() == null ? null : display(project.report(), workingDirectory);
      lines.addAll(QualitySummary.lines(project.project(), project.result(), report));
    }
    return lines;
  }

  private static String display(Path file, Path workingDirectory) {
    Path absolute = file.toAbsolutePath().normalize();
    Path base = workingDirectory.toAbsolutePath().normalize();
    return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString();
  }

  public static List<String> render(List<ProjectResults> projects) {
    TextTable table =
        new TextTable(
            "Project", "Tests", "Benchmark", "Records/s", "p99/call", "Instr/record", "Gate");
    List<String> failures = new ArrayList<>();
    for (ProjectResults project : projects) {
      String tests = tests(project.tests());
      if (project.benchmarks().isEmpty()) {
        table.row(project.project(), tests, "-", "-", "-", "-", gate(project, null));
      }
      for (BenchmarkFigures b : project.benchmarks()) {
        table.row(
            project.project(),
            tests,
            b.benchmarkId(),
            rate(b.recordsPerSecond()),
            latency(b.p99(), b.p99Unit()),
            b.instructionsPerRecord().isPresent()
                ? String.format(Locale.ROOT, "%.1f", b.instructionsPerRecord().getAsDouble())
                : "-",
            gate(project, b.benchmarkId()));
      }
      project.tests().failedNames().forEach(name -> failures.add(project.project() + ": " + name));
    }
    List<String> lines = new ArrayList<>(table.lines());
    if (!failures.isEmpty()) {
      lines.add("");
      lines.add("Failed tests:");
      failures.forEach(f -> lines.add("  " + f));
    }
    return lines;
  }

  private static String tests(TestCounts counts) {
    if (counts.total() == 0) {
      return "not run";
    }
    return counts.passed()
        + " passed, "
        + counts.failed()
        + " failed"
        + (counts.skipped() > 0 ? ", " + counts.skipped() + " skipped" : "");
  }

  private static String gate(ProjectResults project, String benchmarkId) {
    if (project.gatePassed().isEmpty()) {
      return "not run";
    }
    if (benchmarkId == null) {
      return project.gatePassed().get() ? "passed" : "FAILED";
    }
    return project.verdicts().getOrDefault(benchmarkId, "-");
  }

  /** Records per second with a unit prefix, e.g. {@code 1.82 M}. */
  static String rate(double perSecond) {
    if (!Double.isFinite(perSecond)) {
      return "-";
    }
    if (perSecond >= 1e6) {
      return String.format(Locale.ROOT, "%.2f M", perSecond / 1e6);
    }
    if (perSecond >= 1e3) {
      return String.format(Locale.ROOT, "%.1f k", perSecond / 1e3);
    }
    return String.format(Locale.ROOT, "%.0f", perSecond);
  }

  /** A latency in the largest unit that keeps it at or above 1, e.g. {@code 8.27 ms}. */
  static String latency(double value, String unit) {
    if (!Double.isFinite(value)) {
      return "-";
    }
    double micros =
        switch (unit) {
          case "ns/op" -> value / 1e3;
          case "ms/op" -> value * 1e3;
          case "s/op" -> value * 1e6;
          default -> value;
        };
    if (micros >= 1e6) {
      return String.format(Locale.ROOT, "%.2f s", micros / 1e6);
    }
    if (micros >= 1e3) {
      return String.format(Locale.ROOT, "%.2f ms", micros / 1e3);
    }
    return String.format(Locale.ROOT, "%.1f us", micros);
  }
}
