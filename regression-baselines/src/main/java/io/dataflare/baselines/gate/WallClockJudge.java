package io.dataflare.baselines.gate;

import static io.dataflare.baselines.internal.Format.p;
import static io.dataflare.baselines.internal.Format.percent;
import static io.dataflare.baselines.internal.Format.share;
import static io.dataflare.baselines.internal.Format.value;

import io.dataflare.baselines.Direction;
import io.dataflare.baselines.ForkValues;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.jspecify.annotations.Nullable;

/**
 * Judges the wall-clock metric with two rules against the minimum effect: a one-sided Mann-Whitney
 * U test on fork values plus a bootstrap interval of the ratio of medians (the rank rule), and, in
 * A/B mode when both sides have each fork's median call, a bootstrap of the ratio of the fastest
 * forks (see {@link FastestForks}). Either rule's regression regresses the metric. Only the rank
 * rule reports improvements: the fastest-forks bootstrap over few forks is the less exact of the
 * two (unchanged code, 6 forks per side: about 5% first-run alarms in each direction on sample 01);
 * a regression must be confirmed by a re-run, but an improvement is never re-run.
 */
final class WallClockJudge {
  private final GateSettings settings;

  WallClockJudge(GateSettings settings) {
    this.settings = settings;
  }

  MetricVerdict judge(
      ForkValues reference,
      ForkValues current,
      @Nullable ForkValues referenceCalls,
      @Nullable ForkValues currentCalls,
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
        BootstrapRatio.ofMedians(before, after, settings.resamples(), seed)
            .interval(settings.confidence());
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
      return regressed(
          reference,
          current,
          fingerprint,
          "wall.regressed",
          "Slower: "
              + figures
              + ", one-sided Mann-Whitney "
              + p(pWorse)
              + " (alpha "
              + settings.alpha()
              + ") over "
              + forks
              + ", and the interval reaches past the minimum effect of "
              + minimum,
          change,
          interval,
          pWorse);
    }
    // Only between sides measured in one job (A/B mode): against a stored baseline, the machine's
    // drift since the recording moves the best fork as much as a small change does.
    FastestForks fastest =
        fingerprint.abRun()
            ? FastestForks.compare(referenceCalls, currentCalls, settings, seed)
            : null;
    if (fastest != null
        && fastest.pWorse() < settings.alpha()
        && fastest.worstCase() > minimumEffect) {
      return fastestForksRegressed(
          reference,
          current,
          fastest,
          fingerprint,
          "Slower in its fastest forks: "
              + fastestFigures(fastest)
              + ", one-sided bootstrap "
              + p(fastest.pWorse())
              + " (alpha "
              + settings.alpha()
              + ") over "
              + forks
              + ", and the interval reaches past the minimum effect of "
              + minimum
              + " (the rank test over all forks measured "
              + figures
              + ", "
              + p(pWorse)
              + ": forks of one build settle at different speeds, which hides a slowdown"
              + " from it)");
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

  private static String fastestFigures(FastestForks fastest) {
    return "the best fork's median call went from "
        + value(fastest.referenceBest())
        + " (of "
        + fastest.referenceForks()
        + ") to "
        + value(fastest.currentBest())
        + " "
        + fastest.unit()
        + " (of "
        + fastest.currentForks()
        + "); the best forks' ratio at "
        + fastest.comparedForks()
        + " forks a side "
        + percent(fastest.change() * 100)
        + " ["
        + percent((fastest.low() - 1) * 100)
        + ", "
        + percent((fastest.high() - 1) * 100)
        + "]";
  }

  private MetricVerdict regressed(
      ForkValues reference,
      ForkValues current,
      FingerprintCheck fingerprint,
      String ruleId,
      String why,
      double change,
      ChangeInterval interval,
      double p) {
    return fingerprint.matches()
        ? verdict(reference, current, Verdict.REGRESSED, false, ruleId, why, change, interval, p)
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
            p);
  }

  /**
   * A regression by the fastest-forks rule: its change, interval and p-value, with the sides' best
   * median calls as the compared values.
   */
  private MetricVerdict fastestForksRegressed(
      ForkValues reference,
      ForkValues current,
      FastestForks fastest,
      FingerprintCheck fingerprint,
      String sentence) {
    ChangeInterval interval =
        new ChangeInterval(
            (fastest.low() - 1) * 100, (fastest.high() - 1) * 100, settings.confidence());
    return withValues(
        regressed(
            reference,
            current,
            fingerprint,
            "wall.fastest-forks",
            sentence,
            fastest.change(),
            interval,
            fastest.pWorse()),
        fastest);
  }

  private static MetricVerdict withValues(MetricVerdict v, FastestForks fastest) {
    return new MetricVerdict(
        v.metric(),
        v.verdict(),
        v.warningOnly(),
        v.rule(),
        v.unit(),
        fastest.referenceBest(),
        fastest.currentBest(),
        v.changePercent(),
        v.interval(),
        v.pValue(),
        v.baselineForks(),
        v.currentForks());
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
