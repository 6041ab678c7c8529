package io.dataflare.maven.internal.summary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The figures a person looks at first, for one benchmark of {@code benchmarks.json} (JMH's format,
 * as the harness writes it).
 *
 * @param benchmarkId the benchmark
 * @param recordsPerSecond mean throughput
 * @param p99 the 99th percentile of one batch call
 * @param p99Unit its unit, e.g. {@code us/op}
 * @param instructionsPerRecord executed WASM instructions per record, if counted
 */
public record BenchmarkFigures(
    String benchmarkId,
    double recordsPerSecond,
    double p99,
    String p99Unit,
    OptionalDouble instructionsPerRecord) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every benchmark of a results file, in file order; empty when the file does not exist. */
  public static List<BenchmarkFigures> read(Path benchmarksJson) {
    if (!Files.isRegularFile(benchmarksJson)) {
      return List.of();
    }
    JsonNode root;
    try {
      root = JSON.readTree(benchmarksJson.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read [" + benchmarksJson + "]", e);
    }
    List<BenchmarkFigures> figures = new ArrayList<>();
    for (JsonNode entry : root) {
      JsonNode secondary = entry.path("secondaryMetrics");
      JsonNode instructions = secondary.path("dataflare.instructions.per.record").path("score");
      figures.add(
          new BenchmarkFigures(
              entry.path("params").path("benchmarkId").asText(entry.path("benchmark").asText()),
              secondary.path("dataflare.records.per.second").path("score").asDouble(Double.NaN),
              entry
                  .path("primaryMetric")
                  .path("scorePercentiles")
                  .path("99.0")
                  .asDouble(Double.NaN),
              entry.path("primaryMetric").path("scoreUnit").asText(""),
              instructions.isNumber()
                  ? OptionalDouble.of(instructions.asDouble())
                  : OptionalDouble.empty()));
    }
    return figures;
  }
}
