package io.dataflare.experiment.trials;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The gate's rates on one variant against the base, with a number of forks per side.
 *
 * @param variant the variant (the B side; the base is A)
 * @param forksPerSide forks of each side in the run, and again in the confirmation re-run
 * @param projected whether the trials drew rounds with replacement, because the pool holds fewer
 *     than {@code 2 × forksPerSide} rounds: a projection, not a measurement
 * @param wallClockFirstRun trials in which the wall-clock rule regressed on the first run
 * @param wallClockConfirmed trials in which the wall-clock rule's regression was confirmed
 * @param failsBuild trials in which the whole gate failed the build
 * @param frameworkErrors trials in which the gate reported a framework error
 * @param rules how often each rule decided the final verdict
 */
@API(status = INTERNAL, since = "0.1")
public record VariantRates(
    String variant,
    int forksPerSide,
    boolean projected,
    Rate wallClockFirstRun,
    Rate wallClockConfirmed,
    Rate failsBuild,
    Rate frameworkErrors,
    Map<String, Integer> rules) {

  public VariantRates {
    rules = Map.copyOf(rules);
  }

  static VariantRates none(String variant, int forksPerSide, boolean projected) {
    Rate zero = new Rate(0, 0);
    return new VariantRates(variant, forksPerSide, projected, zero, zero, zero, zero, Map.of());
  }

  VariantRates plus(TrialOutcome outcome) {
    Map<String, Integer> counted = new TreeMap<>(rules);
    counted.merge(outcome.rule(), 1, Integer::sum);
    return new VariantRates(
        variant,
        forksPerSide,
        projected,
        wallClockFirstRun.plus(outcome.wallClockFirstRun()),
        wallClockConfirmed.plus(outcome.wallClockConfirmed()),
        failsBuild.plus(outcome.failsBuild()),
        frameworkErrors.plus(outcome.frameworkError()),
        counted);
  }
}
