package io.dataflare.baselines;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import org.apache.commons.statistics.descriptive.Median;
import org.apache.commons.statistics.descriptive.Quantile;
import org.apiguardian.api.API;

/**
 * How much a benchmark's wall-clock median moves between runs of unchanged code, as a fraction of
 * it. The gate's minimum effect is {@code max(5%, 2 × noise floor)}: a change smaller than what
 * unchanged code does on this machine is never called a regression.
 *
 * <p>Estimators, best first:
 *
 * <ul>
 *   <li>{@value #RUN_MEDIANS}: from two or more runs of unchanged code, the largest relative
 *       distance of one run's median fork value from the median of all runs' medians. It sees what
 *       the rank test cannot: drift between runs (another tenant, a different CPU frequency).
 *   <li>{@value #FORK_IQR}: from a single run of at least four forks, the interquartile range of
 *       the fork values divided by their median and by √forks: about the standard error of a run's
 *       median ({@code 1.25 σ / √n} with {@code σ ≈ IQR / 1.35}).
 *   <li>{@value #DEFAULT_ESTIMATOR}: nothing measured; {@link #DEFAULT} (2.5%, so the minimum
 *       effect stays 5%).
 * </ul>
 *
 * @param relative the noise floor as a fraction (0.02 is 2%)
 * @param estimator how it was estimated: {@value #RUN_MEDIANS}, {@value #FORK_IQR} or {@value
 *     #DEFAULT_ESTIMATOR}
 * @param runs how many runs it was estimated from (0 for the default)
 */
@API(status = STABLE, since = "0.1")
public record NoiseFloor(double relative, String estimator, int runs) {

  /** Estimator id: spread of several runs' medians. */
  public static final String RUN_MEDIANS = "run-medians";

  /** Estimator id: interquartile range of one run's forks. */
  public static final String FORK_IQR = "fork-iqr";

  /** Estimator id: nothing measured. */
  public static final String DEFAULT_ESTIMATOR = "default";

  /** The noise floor used when nothing was measured: 2.5%. */
  public static final NoiseFloor DEFAULT = new NoiseFloor(0.025, DEFAULT_ESTIMATOR, 0);

  public NoiseFloor {
    Objects.requireNonNull(estimator, "estimator");
    if (!Double.isFinite(relative) || relative < 0) {
      throw new IllegalArgumentException(
          "A noise floor must be a finite fraction >= 0 but was [" + relative + "]");
    }
  }

  /**
   * Estimates the noise floor from the wall-clock fork values of one or more runs of unchanged code
   * (choosing the best estimator the data allow, see the type's description).
   */
  public static NoiseFloor estimate(List<ForkValues> runs) {
    if (runs.size() >= 2) {
      return fromRunMedians(runs);
    }
    if (runs.size() == 1 && runs.get(0).forks() >= 4) {
      return fromForkSpread(runs.get(0));
    }
    return DEFAULT;
  }

  private static NoiseFloor fromRunMedians(List<ForkValues> runs) {
    double[] medians = runs.stream().mapToDouble(ForkValues::median).toArray();
    double center = Median.withDefaults().evaluate(medians);
    double largest = 0;
    for (double median : medians) {
      largest = Math.max(largest, Math.abs(median / center - 1));
    }
    return new NoiseFloor(largest, RUN_MEDIANS, runs.size());
  }

  private static NoiseFloor fromForkSpread(ForkValues run) {
    double[] quartiles = Quantile.withDefaults().evaluate(run.toArray(), 0.25, 0.75);
    double iqr = quartiles[1] - quartiles[0];
    return new NoiseFloor(iqr / run.median() / Math.sqrt(run.forks()), FORK_IQR, 1);
  }

  /** The noise floor in percent. */
  public double percent() {
    return relative * 100;
  }
}
