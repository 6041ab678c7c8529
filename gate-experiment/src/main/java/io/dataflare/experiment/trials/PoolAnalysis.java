package io.dataflare.experiment.trials;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.baselines.gate.RegressionGate;
import io.dataflare.experiment.pool.ForkPool;
import io.dataflare.experiment.pool.Variant;
import io.dataflare.experiment.pool.VariantInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Runs the gate (with its defaults, as a build would) on trials drawn from a pool: for every
 * variant but the base and every number of forks per side, {@code trials} resampled trials and the
 * independent trials the pool's rounds allow.
 */
@API(status = INTERNAL, since = "0.1")
public final class PoolAnalysis {
  private final RegressionGate gate = RegressionGate.withDefaults();
  private final Consumer<String> progress;

  public PoolAnalysis(Consumer<String> progress) {
    this.progress = progress;
  }

  /**
   * The results.
   *
   * @param pool the real forks
   * @param forksPerSide the trial sizes to try; sizes above half the rounds are projections (drawn
   *     with replacement)
   * @param trials resampled trials per variant and size
   * @param seed seeds the draws
   * @param forkValue the value of each fork the gate gets
   */
  public Analysis analyze(
      ForkPool pool, List<Integer> forksPerSide, int trials, long seed, ForkValue forkValue) {
    List<MeasuredVariant> measured =
        pool.variants().stream()
            .map(VariantInfo::name)
            .map(name -> MeasuredVariant.of(pool, name, gate, forkValue))
            .toList();
    GateTrial trial = new GateTrial(gate, pool, forkValue);
    List<VariantRates> resampled = new ArrayList<>();
    List<VariantRates> independent = new ArrayList<>();
    for (int k : forksPerSide) {
      List<Draw> draws = Draw.resampled(pool.rounds(), k, trials, seed + k);
      List<Draw> blocks = Draw.independent(pool.rounds(), k);
      for (VariantInfo variant : pool.variants()) {
        if (variant.name().equals(Variant.BASE)) {
          continue;
        }
        progress.accept(
            "[gate-experiment] "
                + variant.name()
                + ", "
                + k
                + " forks per side: "
                + draws.size()
                + " resampled and "
                + blocks.size()
                + " independent trials");
        boolean projected = !Draw.withoutReplacement(pool.rounds(), k);
        resampled.add(tally(trial, variant.name(), k, projected, draws));
        independent.add(tally(trial, variant.name(), k, false, blocks));
      }
    }
    return new Analysis(pool, forkValue, measured, resampled, independent, trials, seed);
  }

  private static VariantRates tally(
      GateTrial trial, String variant, int k, boolean projected, List<Draw> draws) {
    VariantRates rates = VariantRates.none(variant, k, projected);
    for (Draw draw : draws) {
      rates = rates.plus(trial.run(variant, draw.first(), draw.rerun()));
    }
    return rates;
  }
}
