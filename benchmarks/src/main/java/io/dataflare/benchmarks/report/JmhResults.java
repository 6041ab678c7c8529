package io.dataflare.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The results of one JMH run, read from its JSON output ({@code -rf json}). */
final class JmhResults {
  private static final String SUITE = "io.dataflare.benchmarks.suite.";

  private final List<Result> results;

  private JmhResults(List<Result> results) {
    this.results = results;
  }

  /** One benchmark with one set of parameters. */
  record Result(
      String benchmark,
      Map<String, String> params,
      double score,
      String unit,
      Map<String, Double> percentiles,
      Map<String, Double> secondary,
      List<Double> forkMeans) {

    /** The median for sampled and single-shot modes, else the score. */
    double median() {
      return percentiles.getOrDefault("50.0", score);
    }

    /** The median of the forks' means, in nanoseconds (the score when there are none). */
    double medianForkNanos() {
      if (forkMeans.isEmpty()) {
        return nanos(false);
      }
      return JmhResults.median(new ArrayList<>(forkMeans)) * nanosPer(unit);
    }

    /** The benchmark's primary figure in nanoseconds. */
    double nanos(boolean median) {
      double value = median ? median() : score;
      return value * nanosPer(unit);
    }

    private static double nanosPer(String unit) {
      return switch (unit.substring(0, unit.indexOf('/'))) {
        case "ns" -> 1;
        case "us" -> 1e3;
        case "ms" -> 1e6;
        case "s" -> 1e9;
        default ->
            throw new IllegalArgumentException("a time unit was expected, not [" + unit + "]");
      };
    }
  }

  static JmhResults read(Path json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    List<Result> results = new ArrayList<>();
    for (JsonNode node : root) {
      String name = node.path("benchmark").asText();
      if (name.startsWith(SUITE)) {
        name = name.substring(SUITE.length());
      }
      Map<String, String> params = new TreeMap<>();
      node.path("params")
          .fields()
          .forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
      JsonNode primary = node.path("primaryMetric");
      Map<String, Double> percentiles = new TreeMap<>();
      primary
          .path("scorePercentiles")
          .fields()
          .forEachRemaining(e -> percentiles.put(e.getKey(), e.getValue().asDouble()));
      Map<String, Double> secondary = new TreeMap<>();
      node.path("secondaryMetrics")
          .fields()
          .forEachRemaining(e -> secondary.put(e.getKey(), secondaryValue(e.getValue())));
      List<Double> forkMeans = new ArrayList<>();
      for (JsonNode fork : primary.path("rawData")) {
        double sum = 0;
        for (JsonNode value : fork) {
          sum += value.asDouble();
        }
        if (fork.size() > 0) {
          forkMeans.add(sum / fork.size());
        }
      }
      results.add(
          new Result(
              name,
              params,
              primary.path("score").asDouble(),
              primary.path("scoreUnit").asText(),
              percentiles,
              secondary,
              forkMeans));
    }
    return new JmhResults(results);
  }

  /** A secondary metric: the median of its raw values when JMH gives them, else its score. */
  private static double secondaryValue(JsonNode metric) {
    List<Double> raw = new ArrayList<>();
    for (JsonNode fork : metric.path("rawData")) {
      for (JsonNode value : fork) {
        raw.add(value.asDouble());
      }
    }
    if (raw.isEmpty()) {
      return metric.path("score").asDouble();
    }
    return median(raw);
  }

  private static double median(List<Double> values) {
    values.sort(Double::compare);
    int middle = values.size() / 2;
    return values.size() % 2 == 1
        ? values.get(middle)
        : (values.get(middle - 1) + values.get(middle)) / 2;
  }

  /** The result of {@code Class.method} whose parameters include all of {@code params}. */
  Optional<Result> find(String benchmark, String... params) {
    return results.stream()
        .filter(r -> r.benchmark().equals(benchmark))
        .filter(r -> matches(r.params(), params))
        .findFirst();
  }

  private static boolean matches(Map<String, String> actual, String... wanted) {
    for (int i = 0; i < wanted.length; i += 2) {
      if (!wanted[i + 1].equals(actual.get(wanted[i]))) {
        return false;
      }
    }
    return true;
  }

  boolean isEmpty() {
    return results.isEmpty();
  }
}
