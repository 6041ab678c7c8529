package io.dataflare.experiment.pool;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * One round of the interleaved run: one fork of every variant, one after the other, in a shuffled
 * order.
 *
 * @param index 1 for the first round
 * @param order the variants in the order their forks ran
 * @param loadAverage the machine's one-minute load average when the round started
 * @param forks each variant's fork, by variant name
 */
@API(status = INTERNAL, since = "0.1")
public record Round(
    int index, List<String> order, double loadAverage, Map<String, ForkSample> forks) {
  public Round {
    order = List.copyOf(order);
    forks = Map.copyOf(forks);
  }

  /** The fork of one variant. */
  public ForkSample fork(String variant) {
    ForkSample sample = forks.get(variant);
    if (sample == null) {
      throw new IllegalArgumentException(
          "Round " + index + " has no fork of variant [" + variant + "] (it has " + order + ")");
    }
    return sample;
  }
}
