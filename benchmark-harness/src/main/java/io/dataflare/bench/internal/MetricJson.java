package io.dataflare.bench.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.openjdk.jmh.util.ListStatistics;

/**
 * A metric in the shape JMH gives secondary metrics in its JSON ({@code score}, {@code scoreError},
 * {@code scoreConfidence}, {@code scorePercentiles}, {@code scoreUnit}, {@code rawData}), computed
 * with JMH's own statistics so it reads like JMH's.
 */
final class MetricJson {
  /** The percentiles JMH writes, in its order. */
  private static final double[] PERCENTILES = {
    0.0, 50.0, 90.0, 95.0, 99.0, 99.9, 99.99, 99.999, 99.9999, 100.0
  };

  /** JMH's confidence level for {@code scoreError}. */
  private static final double CONFIDENCE = 0.999;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private MetricJson() {}

  /** A metric with one value per fork: {@code rawData = [[fork 1], [fork 2], ...]}. */
  static ObjectNode perFork(List<Double> values, String unit) {
    return of(values.stream().map(List::of).toList(), unit);
  }

  /** A metric over these rows of raw values (one row per fork, or per pass). */
  static ObjectNode of(List<List<Double>> rows, String unit) {
    ListStatistics statistics = new ListStatistics();
    rows.forEach(row -> row.forEach(statistics::addValue));
    ObjectNode metric = NODES.objectNode();
    metric.set("score", number(statistics.getMean()));
    metric.set("scoreError", number(statistics.getMeanErrorAt(CONFIDENCE)));
    ArrayNode confidence = metric.putArray("scoreConfidence");
    for (double bound : statistics.getConfidenceIntervalAt(CONFIDENCE)) {
      confidence.add(number(bound));
    }
    ObjectNode percentiles = metric.putObject("scorePercentiles");
    for (double percentile : PERCENTILES) {
      percentiles.set(String.valueOf(percentile), number(statistics.getPercentile(percentile)));
    }
    metric.put("scoreUnit", unit);
    ArrayNode rawData = metric.putArray("rawData");
    for (List<Double> row : rows) {
      ArrayNode values = rawData.addArray();
      row.forEach(value -> values.add(number(value)));
    }
    return metric;
  }

  /** A JSON number, or JMH's strings for values JSON has no number for. */
  static com.fasterxml.jackson.databind.JsonNode number(double value) {
    if (Double.isNaN(value)) {
      return NODES.textNode("NaN");
    }
    if (Double.isInfinite(value)) {
      return NODES.textNode(value > 0 ? "+INF" : "-INF");
    }
    return NODES.numberNode(value);
  }
}
