package io.dataflare.baselines.gate;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.descriptive.Median;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * Percentile bootstrap of the ratio {@code statistic(current) / statistic(baseline)}: both sides
 * are resampled with replacement, fork by fork, {@code resamples} times from a seeded generator
 * (the same data always give the same ratios).
 */
final class BootstrapRatio {
  private final double[] sortedRatios;

  private BootstrapRatio(double[] sortedRatios) {
    this.sortedRatios = sortedRatios;
  }

  /** The ratio of medians {@code median(current) / median(baseline)}. */
  static BootstrapRatio ofMedians(double[] baseline, double[] current, int resamples, long seed) {
    Median median = Median.withDefaults().withCopy(false);
    return of(
        baseline, current, baseline.length, current.length, median::evaluate, resamples, seed);
  }

  /**
   * The ratio of the best values, {@code min(current) / min(baseline)} for times ({@code
   * lowerIsBetter}) and {@code max(current) / max(baseline)} for throughputs, each side resampled
   * to the smaller side's size: the best of 18 forks is expected better than the best of 6 from the
   * same distribution, so sides of different sizes are compared as if both had as many forks.
   */
  static BootstrapRatio ofBest(
      double[] baseline, double[] current, boolean lowerIsBetter, int resamples, long seed) {
    ToDoubleFunction<double[]> best =
        lowerIsBetter
            ? sample -> Arrays.stream(sample).min().orElseThrow()
            : sample -> Arrays.stream(sample).max().orElseThrow();
    int size = Math.min(baseline.length, current.length);
    return of(baseline, current, size, size, best, resamples, seed);
  }

  /** Resamples {@code baselineSize} and {@code currentSize} forks from the two sides. */
  private static BootstrapRatio of(
      double[] baseline,
      double[] current,
      int baselineSize,
      int currentSize,
      ToDoubleFunction<double[]> statistic,
      int resamples,
      long seed) {
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    double[] baselineSample = new double[baselineSize];
    double[] currentSample = new double[currentSize];
    double[] ratios = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      resample(baseline, baselineSample, random);
      resample(current, currentSample, random);
      ratios[r] = statistic.applyAsDouble(currentSample) / statistic.applyAsDouble(baselineSample);
    }
    Arrays.sort(ratios);
    return new BootstrapRatio(ratios);
  }

  /** The median of the resampled ratios: the point estimate. */
  double medianRatio() {
    return Quantile.withDefaults().evaluate(sortedRatios, 0.5);
  }

  /** {@code [low, high]} ratios at the given two-sided confidence level. */
  double[] interval(double confidence) {
    double tail = (1 - confidence) / 2;
    return Quantile.withDefaults().evaluate(sortedRatios, tail, 1 - tail);
  }

  /** The share of resampled ratios at or below 1: a one-sided p-value that the ratio is above 1. */
  double shareAtOrBelowOne() {
    return (double) Arrays.stream(sortedRatios).filter(r -> r <= 1).count() / sortedRatios.length;
  }

  /** The share of resampled ratios at or above 1: a one-sided p-value that the ratio is below 1. */
  double shareAtOrAboveOne() {
    return (double) Arrays.stream(sortedRatios).filter(r -> r >= 1).count() / sortedRatios.length;
  }

  private static void resample(double[] from, double[] into, UniformRandomProvider random) {
    for (int i = 0; i < into.length; i++) {
      into[i] = from[random.nextInt(from.length)];
    }
  }
}
