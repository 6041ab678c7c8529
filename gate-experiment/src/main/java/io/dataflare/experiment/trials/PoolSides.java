package io.dataflare.experiment.trials;

import io.dataflare.baselines.Fingerprint;
import io.dataflare.baselines.ForkValues;
import io.dataflare.baselines.InstructionCount;
import io.dataflare.baselines.Measurement;
import io.dataflare.baselines.MeasurementSet;
import io.dataflare.experiment.pool.ForkPool;
import io.dataflare.experiment.pool.ForkSample;
import io.dataflare.experiment.pool.Round;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One side of an A/B comparison built from the pool: a variant's forks in the given rounds, as the
 * {@link MeasurementSet} the gate would read from a harness run of those forks. Every side is named
 * with the sample's benchmark id, so the gate pairs the previous artifact with the current one.
 */
final class PoolSides {
  private final ForkPool pool;
  private final Fingerprint fingerprint;
  private final ForkValue forkValue;

  PoolSides(ForkPool pool, ForkValue forkValue) {
    this.pool = pool;
    this.forkValue = forkValue;
    this.fingerprint = new Fingerprint(pool.fingerprint());
  }

  MeasurementSet side(String variant, List<Round> rounds) {
    List<ForkSample> forks = rounds.stream().map(r -> r.fork(variant)).toList();
    Measurement.Builder m =
        Measurement.builder(pool.benchmark())
            .withWallClock(
                ForkValues.of(pool.wallClockUnit(), forks.stream().map(forkValue::of).toList()))
            .withMedianCalls(forkValue.withMedianCalls() ? medianCalls(forks) : null)
            .withModuleSha256(pool.variant(variant).moduleSha256())
            .withInputSha256(pool.inputSha256());
    if (forks.stream().map(ForkSample::allocationPerRecord).allMatch(Objects::nonNull)) {
      m.withAllocationPerRecord(forks.stream().map(ForkSample::allocationPerRecord).toList());
    }
    // The count of the side's first round: one harness run's count, as in a real job.
    List<Double> passes = forks.get(0).instructionPasses();
    if (!passes.isEmpty()) {
      m.withInstructionsPerRecord(new InstructionCount(passes));
    }
    return new MeasurementSet(List.of(m.build()), fingerprint);
  }

  /** Each fork's median call, as the gate reads it from JMH's histograms; null if one lacks it. */
  private @Nullable ForkValues medianCalls(List<ForkSample> forks) {
    List<Double> calls = forks.stream().map(ForkSample::medianCall).toList();
    return calls.stream().allMatch(Double::isFinite)
        ? ForkValues.of(pool.wallClockUnit(), calls)
        : null;
  }
}
