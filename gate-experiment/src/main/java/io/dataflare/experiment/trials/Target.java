package io.dataflare.experiment.trials;

import static java.lang.Double.NaN;

import io.dataflare.experiment.pool.Variant;
import java.util.Optional;

/**
 * The target for one variant, and which of the gate's outcomes it is judged on.
 *
 * @param text the target in words
 * @param judgedOn the outcome that counts, in words
 * @param wallClockOnly whether the wall-clock rule alone is judged (the planted slowdowns also
 *     change the instruction count, which the whole gate catches every time)
 * @param atMost whether the rate must stay at or below {@code bound} (false alarms) rather than
 *     reach it (detections)
 * @param bound the rate's bound, as a fraction
 */
record Target(String text, String judgedOn, boolean wallClockOnly, boolean atMost, double bound) {

  static Optional<Target> of(String variant) {
    return switch (variant) {
      case Variant.TWIN ->
          Optional.of(new Target("at most 1%", "whole gate (false alarm)", false, true, 0.01));
      // The planted builds are judged at the change they really had, which is not the 5% or 10%
      // they aimed at when their forks land in the JIT's slow mode more often than the base's:
      // the exact-shift rows carry the targets.
      case "slow-5", "slow-10" ->
          Optional.of(
              new Target(
                  "(none: see its measured change)", "wall-clock rule alone", true, false, NaN));
      case Variant.TWIN_PLUS_5 ->
          Optional.of(new Target("at least 80%", "whole gate", false, false, 0.80));
      case Variant.TWIN_PLUS_10 ->
          Optional.of(new Target("at least 95%", "whole gate", false, false, 0.95));
      case "instr-1" ->
          Optional.of(new Target("every one (100%)", "whole gate", false, false, 1.0));
      default -> Optional.empty();
    };
  }

  /** The rate this target judges. */
  Rate rateOf(VariantRates rates) {
    return wallClockOnly ? rates.wallClockConfirmed() : rates.failsBuild();
  }

  /** Whether this row has a bound to meet. */
  boolean bounded() {
    return !Double.isNaN(bound);
  }

  boolean met(Rate rate) {
    return atMost ? rate.value() <= bound : rate.value() >= bound;
  }
}
