package io.dataflare.baselines.gate;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The verdict on one metric of one benchmark, with the numbers behind it.
 *
 * @param metric which metric
 * @param verdict the outcome
 * @param warningOnly a regression that must not fail the build (wall-clock on another machine)
 * @param rule the rule that decided, with its sentence
 * @param unit the metric's unit
 * @param baselineValue the reference's median (NaN when there is no reference)
 * @param currentValue the current run's median
 * @param changePercent {@code (current / baseline - 1) × 100}; NaN when undefined
 * @param interval the bootstrap interval of the change (wall-clock only), or null
 * @param pValue the one-sided Mann-Whitney U p-value (wall-clock only; in the bad direction, or in
 *     the good direction for {@link Verdict#IMPROVED}), NaN when no test ran
 * @param baselineForks forks (or counting passes) on the reference side
 * @param currentForks forks (or counting passes) on the current side
 */
@API(status = STABLE, since = "0.1")
public record MetricVerdict(
    Metric metric,
    Verdict verdict,
    boolean warningOnly,
    Rule rule,
    String unit,
    double baselineValue,
    double currentValue,
    double changePercent,
    @Nullable ChangeInterval interval,
    double pValue,
    int baselineForks,
    int currentForks) {

  /** Whether this metric fails the build: a regression that is not only a warning. */
  public boolean failsBuild() {
    return verdict == Verdict.REGRESSED && !warningOnly;
  }

  /** The same numbers under another rule and verdict. */
  MetricVerdict decidedBy(Verdict newVerdict, Rule newRule) {
    return new MetricVerdict(
        metric,
        newVerdict,
        warningOnly,
        newRule,
        unit,
        baselineValue,
        currentValue,
        changePercent,
        interval,
        pValue,
        baselineForks,
        currentForks);
  }
}
