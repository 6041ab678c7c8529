package io.dataflare.baselines.gate;

import static io.dataflare.baselines.internal.Format.p;
import static io.dataflare.baselines.internal.Format.percent;
import static io.dataflare.baselines.internal.Format.share;

import io.dataflare.baselines.Direction;
import io.dataflare.baselines.ForkValues;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.jspecify.annotations.Nullable;

/**
 * Judges the wall-clock metric: a one-sided Mann-Whitney U test on fork values, plus a bootstrap
 * interval of the ratio of medians, against the minimum effect.
 */
final class WallClockJudge {
  private final GateSettings settings;

  WallClockJudge(GateSettings settings) {
    this.settings = settings;
  }

  MetricVerdict judge(
      ForkValues reference,
      ForkValues current,
      double minimumEffect,
      FingerprintCheck fingerprint,
      long seed) {
    if (!reference.unit().equals(current.unit())) {
      return verdict(
          reference,
          current,
          Verdict.ERROR,
          false,
          "wall.unit-changed",
          "The unit changed from ["
              + reference.unit()
              + "] to ["
              + current.unit()
              + "]: the numbers cannot be compared; record a new baseline",
          Double.NaN,
          null,
          Double.NaN);
    }
    double referenceMedian = reference.median();
    if (referenceMedian <= 0) {
      return verdict(
          reference,
          current,
          Verdict.INCONCLUSIVE,
          false,
          "wall.zero-baseline",
          "The reference median is [" + referenceMedian + "]: a relative change is undefined",
          Double.NaN,
          null,
          Double.NaN);
    }
    Direction direction = current.direction();
    double[] before = reference.toArray();
    double[] after = current.toArray();
    double change = current.median() / referenceMedian - 1;
    double[] bounds =
        BootstrapRatio.interval(before, after, settings.resamples(), settings.confidence(), seed);
    ChangeInterval interval =
        new ChangeInterval((bounds[0] - 1) * 100, (bounds[1] - 1) * 100, settings.confidence());
    boolean lowerIsBetter = direction == Direction.LOWER_IS_BETTER;
    double pWorse = rankTest(after, before, lowerIsBetter);
    double pBetter = rankTest(after, before, !lowerIsBetter);
    // How far the interval reaches in each direction, as a positive fraction.
    double worstCase = lowerIsBetter ? bounds[1] - 1 : 1 - bounds[0];
    double bestCase = lowerIsBetter ? 1 - bounds[0] : bounds[1] - 1;
    String figures =
        percent(change * 100)
            + " ["
            + percent(interval.lowPercent())
            + ", "
            + percent(interval.highPercent())
            + "] in "
            + current.unit();
    String forks = reference.forks() + " reference and " + current.forks() + " current forks";
    String minimum = share(minimumEffect * 100);

    if (reference.forks() < settings.minimumForks() || current.forks() < settings.minimumForks()) {
      return verdict(
          reference,
          current,
          Verdict.INCONCLUSIVE,
          false,
          "wall.too-few-forks",
          "Only "
              + forks
              + ": the rank test needs at least "
              + settings.minimumForks()
              + " per side (with 3 against 3 the smallest possible one-sided p is 0.05); run"
              + " more forks. Measured "
              + figures,
          change,
          interval,
          pWorse);
    }
    if (pWorse < settings.alpha() && worstCase > minimumEffect) {
      String why =
          "Slower: "
              + figures
              + ", one-sided Mann-Whitney "
              + p(pWorse)
              + " (alpha "
              + settings.alpha()
              + ") over "
              + forks
              + ", and the interval reaches past the minimum effect of "
              + minimum;
      return fingerprint.matches()
          ? verdict(
              reference,
              current,
              Verdict.REGRESSED,
              false,
              "wall.regressed",
              why,
              change,
              interval,
              pWorse)
          : verdict(
              reference,
              current,
              Verdict.REGRESSED,
              true,
              "wall.other-machine",
              why
                  + "; but the reference was measured on another machine ("
                  + fingerprint.describe()
                  + "), so this is a warning only: record the baseline on this machine",
              change,
              interval,
              pWorse);
    }
    if (pBetter < settings.alpha() && bestCase > minimumEffect) {
      return verdict(
          reference,
          current,
          Verdict.IMPROVED,
          false,
          "wall.improved",
          "Faster: "
              + figures
              + ", one-sided Mann-Whitney "
              + p(pBetter)
              + " over "
              + forks
              + ", beyond the minimum effect of "
              + minimum
              + "; update the baseline to keep the gain",
          change,
          interval,
          pBetter);
    }
    if (pWorse < settings.alpha() || pBetter < settings.alpha()) {
      return verdict(
          reference,
          current,
          Verdict.PASS,
          false,
          "wall.below-minimum-effect",
          "A significant but small change: "
              + figures
              + " ("
              + p(Math.min(pWorse, pBetter))
              + "); the interval stays within the minimum effect of "
              + minimum,
          change,
          interval,
          pWorse);
    }
    return verdict(
        reference,
        current,
        Verdict.PASS,
        false,
        "wall.not-significant",
        "No significant change: "
            + figures
            + ", one-sided "
            + p(pWorse)
            + " (alpha "
            + settings.alpha()
            + ") over "
            + forks,
        change,
        interval,
        pWorse);
  }

  /** One-sided p-value that {@code after} is larger ({@code greater}) or smaller than before. */
  private static double rankTest(double[] after, double[] before, boolean greater) {
    return MannWhitneyUTest.withDefaults()
        .with(greater ? AlternativeHypothesis.GREATER_THAN : AlternativeHypothesis.LESS_THAN)
        .test(after, before)
        .getPValue();
  }

  private static MetricVerdict verdict(
      ForkValues reference,
      ForkValues current,
      Verdict verdict,
      boolean warningOnly,
      String ruleId,
      String sentence,
      double change,
      @Nullable ChangeInterval interval,
      double p) {
    return new MetricVerdict(
        Metric.WALL_CLOCK,
        verdict,
        warningOnly,
        new Rule(ruleId, sentence + "."),
        current.unit(),
        reference.median(),
        current.median(),
        change * 100,
        interval,
        p,
        reference.forks(),
        current.forks());
  }
}
