package io.dataflare.quality.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.JsonNode;
import io.dataflare.baselines.DataFileException;
import io.dataflare.baselines.ForkValues;
import io.dataflare.baselines.Measurement;
import io.dataflare.baselines.jmh.JmhResultReader;
import io.dataflare.baselines.store.Baseline;
import io.dataflare.baselines.store.BaselineStore;
import io.dataflare.quality.internal.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads the harness's and the gate's files from {@code target/dataflare/} ({@code benchmarks.json},
 * {@code targets.json}, {@code regression-report.json}) and the committed baselines. Missing files
 * mean "not run"; a broken file is an {@link EvidenceException}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BenchmarkResults {
  /** The gate's JSON report, written by {@code dataflare:check}. */
  public static final String GATE_REPORT = "regression-report.json";

  /** The harness's target checks. */
  public static final String TARGETS = "targets.json";

  private static final Map<String, String> PERCENTILES =
      Map.of("50.0", "p50", "90.0", "p90", "99.0", "p99", "99.9", "p99.9");

  private BenchmarkResults() {}

  /**
   * Reads what is there.
   *
   * @param outputDirectory {@code target/dataflare}
   * @param baselinesDirectory the committed baselines ({@code src/test/dataflare/baselines})
   */
  public static BenchmarkEvidence read(Path outputDirectory, Path baselinesDirectory) {
    Path benchmarks = outputDirectory.resolve(JmhResultReader.BENCHMARKS_FILE);
    List<BenchmarkFigures> figures = new ArrayList<>();
    if (Files.isRegularFile(benchmarks)) {
      Map<String, Baseline> baselines = baselines(baselinesDirectory);
      try {
        JsonNode raw = tree(benchmarks);
        for (Measurement m : JmhResultReader.readDirectory(outputDirectory).measurements()) {
          figures.add(figures(m, entry(raw, m.benchmarkId()), baselines.get(m.benchmarkId())));
        }
      } catch (DataFileException e) {
        throw new EvidenceException(e.getMessage(), e);
      }
    }
    return new BenchmarkEvidence(
        figures,
        readGate(outputDirectory.resolve(GATE_REPORT)),
        readTargets(outputDirectory.resolve(TARGETS)));
  }

  private static Map<String, Baseline> baselines(Path directory) {
    try {
      return BaselineStore.at(directory).readAll();
    } catch (DataFileException e) { // the gate reports a broken baseline as a build error
      return Map.of();
    }
  }

  private static BenchmarkFigures figures(
      Measurement m, @Nullable JsonNode entry, @Nullable Baseline baseline) {
    List<Double> throughput =
        entry == null
            ? List.of()
            : Json.firstOfEach(
                entry.path("secondaryMetrics").path("dataflare.records.per.second").get("rawData"));
    if (throughput.isEmpty()) {
      throughput = recordsPerSecond(m.wallClock(), m.dataSize());
    }
    Map<String, Double> latency = new LinkedHashMap<>();
    String latencyUnit = m.wallClock().unit();
    if (entry != null && entry.path("mode").asText().equals("sample")) {
      JsonNode percentiles = entry.path("primaryMetric").path("scorePercentiles");
      for (String key : List.of("50.0", "90.0", "99.0", "99.9")) {
        Double value = Json.number(percentiles, key);
        if (value != null) {
          latency.put(PERCENTILES.get(key), value);
        }
      }
    }
    Measurement reference = baseline == null ? null : baseline.measurement();
    return new BenchmarkFigures(
        m.benchmarkId(),
        m.dataSize(),
        throughput,
        latencyUnit,
        latency,
        median(m.allocationPerRecord()),
        m.instructionsPerRecord() == null ? null : m.instructionsPerRecord().perRecord(),
        reference == null
            ? List.of()
            : recordsPerSecond(reference.wallClock(), reference.dataSize()),
        reference == null || reference.instructionsPerRecord() == null
            ? null
            : reference.instructionsPerRecord().perRecord(),
        reference == null ? null : median(reference.allocationPerRecord()));
  }

  private static @Nullable Double median(@Nullable ForkValues forks) {
    return forks == null || forks.forks() == 0 ? null : forks.median();
  }

  /** Records per second from a wall-clock metric in any JMH unit. */
  static List<Double> recordsPerSecond(ForkValues wallClock, int dataSize) {
    String unit = wallClock.unit().trim();
    List<Double> values = new ArrayList<>();
    for (double value : wallClock.values()) {
      if (unit.endsWith("/op")) {
        double seconds = value * secondsPer(unit.substring(0, unit.length() - 3));
        values.add(seconds > 0 ? dataSize / seconds : 0);
      } else if (unit.startsWith("ops/")) {
        values.add(value / secondsPer(unit.substring(4)) * dataSize);
      }
    }
    return values;
  }

  private static double secondsPer(String timeUnit) {
    return switch (timeUnit) {
      case "ns" -> 1e-9;
      case "us" -> 1e-6;
      case "ms" -> 1e-3;
      case "min" -> 60;
      default -> 1;
    };
  }

  private static @Nullable JsonNode entry(JsonNode root, String benchmarkId) {
    for (JsonNode entry : root) {
      if (entry.path("params").path("benchmarkId").asText().equals(benchmarkId)) {
        return entry;
      }
    }
    return null;
  }

  private static @Nullable GateReport readGate(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    JsonNode root = tree(file);
    List<GateReport.Verdict> verdicts = new ArrayList<>();
    for (JsonNode b : root.path("benchmarks")) {
      List<GateReport.MetricVerdict> metrics = new ArrayList<>();
      for (JsonNode m : b.path("metrics")) {
        JsonNode interval = m.path("interval");
        metrics.add(
            new GateReport.MetricVerdict(
                Json.text(m, "metric", ""),
                Json.text(m, "verdict", ""),
                Json.text(m.path("rule"), "sentence", ""),
                Json.text(m, "unit", ""),
                Json.number(m, "baselineValue"),
                Json.number(m, "currentValue"),
                Json.number(m, "changePercent"),
                Json.number(interval, "lowPercent"),
                Json.number(interval, "highPercent")));
      }
      verdicts.add(
          new GateReport.Verdict(
              Json.text(b, "benchmarkId", ""),
              Json.text(b, "verdict", ""),
              Json.text(b.path("rule"), "id", ""),
              Json.text(b.path("rule"), "sentence", ""),
              metrics));
    }
    List<String> missing = new ArrayList<>();
    root.path("missingBenchmarks").forEach(id -> missing.add(id.asText()));
    return new GateReport(root.path("passed").asBoolean(false), verdicts, missing);
  }

  private static List<TargetResult> readTargets(Path file) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    List<TargetResult> targets = new ArrayList<>();
    for (JsonNode check : tree(file).path("checks")) {
      targets.add(
          new TargetResult(
              Json.text(check, "benchmarkId", ""),
              Json.text(check, "target", ""),
              check.path("met").asBoolean(false),
              Json.text(check, "message", "")));
    }
    return targets;
  }

  private static JsonNode tree(Path file) {
    try {
      return Json.MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new EvidenceException(
          "["
              + file
              + "] is not readable JSON ("
              + e.getMessage()
              + "); fix: run `mvn verify` again to rewrite it",
          e);
    }
  }
}
