package io.dataflare.experiment.pool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The median batch-call time of each benchmark of a one-fork harness run: JMH's 50th percentile of
 * the primary metric ({@code primaryMetric.scorePercentiles."50.0"} in {@code benchmarks.json}), by
 * benchmark id. The gate does not use it; the report shows it to tell noise that preempts a fork
 * now and then (the mean moves, the median does not) from a real change.
 */
final class MedianCalls {
  private MedianCalls() {}

  static Map<String, Double> read(Path benchmarksJson) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(benchmarksJson.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read [" + benchmarksJson + "]", e);
    }
    Map<String, Double> medians = new HashMap<>();
    for (JsonNode entry : root) {
      JsonNode median = entry.path("primaryMetric").path("scorePercentiles").path("50.0");
      medians.put(
          entry.path("params").path("benchmarkId").asText(),
          median.isNumber() ? median.asDouble() : Double.NaN);
    }
    return medians;
  }
}
