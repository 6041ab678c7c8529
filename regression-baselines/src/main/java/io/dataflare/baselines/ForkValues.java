package io.dataflare.baselines;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import org.apache.commons.statistics.descriptive.Median;
import org.apiguardian.api.API;

/**
 * One value per JMH fork of one metric. The fork is the unit of the statistics: iterations of one
 * fork share a JVM, its JIT decisions and its heap layout, so they are not independent; forks are.
 *
 * @param unit the metric's unit, e.g. {@code us/op} or {@code B/record}
 * @param direction whether more is better
 * @param values one finite value per fork, at least one
 */
@API(status = STABLE, since = "0.1")
public record ForkValues(String unit, Direction direction, List<Double> values) {

  public ForkValues {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(direction, "direction");
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException(
          "A metric in [" + unit + "] needs at least one fork value");
    }
    for (int i = 0; i < values.size(); i++) {
      if (!Double.isFinite(values.get(i))) {
        throw new IllegalArgumentException(
            "Fork " + i + " of a metric in [" + unit + "] is not finite: [" + values.get(i) + "]");
      }
    }
  }

  /** Fork values of a metric whose direction follows from its unit. */
  public static ForkValues of(String unit, List<Double> values) {
    return new ForkValues(unit, Direction.fromUnit(unit), values);
  }

  /** How many forks. */
  public int forks() {
    return values.size();
  }

  /** The median of the fork values. */
  public double median() {
    return Median.withDefaults().evaluate(toArray());
  }

  /** The smallest fork value. */
  public double min() {
    return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
  }

  /** The largest fork value. */
  public double max() {
    return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
  }

  /** The best fork value: the smallest for a time, the largest for a throughput. */
  public double best() {
    return direction == Direction.LOWER_IS_BETTER ? min() : max();
  }

  /** A fresh array of the fork values. */
  public double[] toArray() {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
