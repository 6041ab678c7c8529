package io.dataflare.baselines.gate;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.descriptive.Median;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * Percentile bootstrap interval of the ratio of medians {@code median(current) / median(baseline)}:
 * both sides are resampled with replacement, fork by fork, {@code resamples} times from a seeded
 * generator (the same data always give the same interval).
 */
final class BootstrapRatio {
  private BootstrapRatio() {}

  /** {@code [low, high]} ratios at the given two-sided confidence level. */
  static double[] interval(
      double[] baseline, double[] current, int resamples, double confidence, long seed) {
    UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
    Median median = Median.withDefaults().withCopy(false);
    double[] baselineSample = new double[baseline.length];
    double[] currentSample = new double[current.length];
    double[] ratios = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      resample(baseline, baselineSample, random);
      resample(current, currentSample, random);
      ratios[r] = median.evaluate(currentSample) / median.evaluate(baselineSample);
    }
    double tail = (1 - confidence) / 2;
    return Quantile.withDefaults().evaluate(ratios, tail, 1 - tail);
  }

  private static void resample(double[] from, double[] into, UniformRandomProvider random) {
    for (int i = 0; i < into.length; i++) {
      into[i] = from[random.nextInt(from.length)];
    }
  }
}
