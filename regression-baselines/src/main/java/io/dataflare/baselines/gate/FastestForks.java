package io.dataflare.baselines.gate;

import io.dataflare.baselines.Direction;
import io.dataflare.baselines.ForkValues;
import org.jspecify.annotations.Nullable;

/**
 * The fastest-forks comparison of the wall-clock rule: the best fork of each side, by its median
 * call, with a bootstrap interval of their ratio.
 *
 * <p>Why: the forks of one build do not all run at one speed. Which machine code the JIT settles on
 * for a hot loop (for a WASM plugin: the code Chicory generates) decides a whole fork, and forks of
 * unchanged code land at a few discrete speeds by chance (on sample 01: about 114, 122, 128, 145,
 * 155, 163 and 193 to 210 µs per call). A slowdown of the plugin's code slows every speed, but the
 * mixture of speeds on each side moves the medians by more than 5%, so the rank test over all forks
 * misses small slowdowns. The fastest forks of both sides sit in the same, fastest, speed as soon
 * as each side has a few forks; their ratio is what the code change did. A fork's median call (not
 * its mean) is used, so that a process that preempts a few calls does not move it.
 *
 * @param lowerIsBetter whether the values are times (or throughputs)
 * @param unit the median calls' unit
 * @param referenceForks forks on the reference side
 * @param currentForks forks on the current side
 * @param referenceBest the reference's best fork value (smallest time, largest throughput)
 * @param currentBest the current run's best fork value
 * @param ratio the median of the bootstrap's ratios (each side resampled to the smaller side's
 *     size): the point estimate of the change, unbiased by different fork counts
 * @param low the low end of the ratio's bootstrap interval at the gate's confidence
 * @param high its high end
 * @param pWorse one-sided bootstrap p-value that the current run is worse
 */
record FastestForks(
    boolean lowerIsBetter,
    String unit,
    int referenceForks,
    int currentForks,
    double referenceBest,
    double currentBest,
    double ratio,
    double low,
    double high,
    double pWorse) {

  /**
   * Compares the sides' median calls, or returns null when a side has none (a run in another JMH
   * mode, or a baseline recorded before they were stored) or their units differ.
   */
  static @Nullable FastestForks compare(
      @Nullable ForkValues reference,
      @Nullable ForkValues current,
      GateSettings settings,
      long seed) {
    if (reference == null || current == null || !reference.unit().equals(current.unit())) {
      return null;
    }
    boolean lowerIsBetter = current.direction() == Direction.LOWER_IS_BETTER;
    double[] before = reference.toArray();
    double[] after = current.toArray();
    BootstrapRatio ratio =
        BootstrapRatio.ofBest(before, after, lowerIsBetter, settings.resamples(), seed);
    double[] interval = ratio.interval(settings.confidence());
    return new FastestForks(
        lowerIsBetter,
        current.unit(),
        reference.forks(),
        current.forks(),
        reference.best(),
        current.best(),
        ratio.medianRatio(),
        interval[0],
        interval[1],
        lowerIsBetter ? ratio.shareAtOrBelowOne() : ratio.shareAtOrAboveOne());
  }

  /** The change, as a fraction: the bootstrap's median ratio minus one. */
  double change() {
    return ratio - 1;
  }

  /** The fork count both sides were resampled to. */
  int comparedForks() {
    return Math.min(referenceForks, currentForks);
  }

  /** How far the interval reaches in the bad direction, as a positive fraction. */
  double worstCase() {
    return lowerIsBetter ? high - 1 : 1 - low;
  }
}
