package io.dataflare.experiment.trials;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.experiment.pool.ForkPool;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The experiment's results on one pool.
 *
 * @param pool the real forks
 * @param forkValue the value of each fork the gate got
 * @param variants each variant's measured effect over the whole pool
 * @param resampled rates over trials drawn with overlap from the pool
 * @param independent rates over trials that share no fork
 * @param trialsPerRow resampled trials per variant and size
 * @param seed the draws' seed
 */
@API(status = INTERNAL, since = "0.1")
public record Analysis(
    ForkPool pool,
    ForkValue forkValue,
    List<MeasuredVariant> variants,
    List<VariantRates> resampled,
    List<VariantRates> independent,
    int trialsPerRow,
    long seed) {

  public Analysis {
    variants = List.copyOf(variants);
    resampled = List.copyOf(resampled);
    independent = List.copyOf(independent);
  }

  /** The measured effect of one variant. */
  public Optional<MeasuredVariant> variant(String name) {
    return variants.stream().filter(v -> v.name().equals(name)).findFirst();
  }

  /** The independent trials' rates matching a resampled row. */
  public Optional<VariantRates> independentLike(VariantRates row) {
    return independent.stream()
        .filter(r -> r.variant().equals(row.variant()) && r.forksPerSide() == row.forksPerSide())
        .findFirst();
  }
}
