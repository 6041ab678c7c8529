package io.dataflare.experiment.trials;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Locale;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.apiguardian.api.API;

/**
 * How often something happened in a number of trials, with its 95% Wilson score interval. The
 * interval assumes independent trials: for trials resampled from a pool that is optimistic (see the
 * report).
 *
 * @param hits trials in which it happened
 * @param trials trials run
 */
@API(status = INTERNAL, since = "0.1")
public record Rate(int hits, int trials) {
  private static final double CONFIDENCE = 0.95;

  public Rate {
    if (trials < 0 || hits < 0 || hits > trials) {
      throw new IllegalArgumentException(
          "A rate needs 0 <= hits <= trials but was [" + hits + " of " + trials + "]");
    }
  }

  /** The rate as a fraction (NaN without trials). */
  public double value() {
    return trials == 0 ? Double.NaN : (double) hits / trials;
  }

  /**
   * The 95% Wilson score interval as {@code [low, high]} fractions ({@code [NaN, NaN]} if none).
   */
  public double[] interval() {
    if (trials == 0) {
      return new double[] {Double.NaN, Double.NaN};
    }
    ConfidenceInterval ci = new WilsonScoreInterval().createInterval(trials, hits, CONFIDENCE);
    return new double[] {Math.max(0, ci.getLowerBound()), Math.min(1, ci.getUpperBound())};
  }

  /** One more trial. */
  public Rate plus(boolean hit) {
    return new Rate(hits + (hit ? 1 : 0), trials + 1);
  }

  /** E.g. {@code 12 of 1000 (1.2%) [0.69%, 2.1%]}. */
  @Override
  public String toString() {
    if (trials == 0) {
      return "no trials";
    }
    double[] ci = interval();
    return String.format(
        Locale.ROOT,
        "%d of %d (%s) [%s, %s]",
        hits,
        trials,
        percent(value()),
        percent(ci[0]),
        percent(ci[1]));
  }

  static String percent(double fraction) {
    double p = fraction * 100;
    if (p == 0 || p == 100) {
      return String.format(Locale.ROOT, "%.0f%%", p);
    }
    return String.format(Locale.ROOT, p < 10 || p > 90 ? "%.2f%%" : "%.1f%%", p);
  }
}
