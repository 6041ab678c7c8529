package io.dataflare.maven.internal.ab;

import io.dataflare.baselines.ForkValues;
import io.dataflare.baselines.Measurement;
import io.dataflare.baselines.MeasurementSet;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Joins runs of the same benchmarks into one: every run's forks, in run order, as if one run had
 * them all. Instruction counts, hashes and the fingerprint come from the first run (they do not
 * change from run to run; the gate checks that they repeat).
 */
public final class MeasurementMerge {
  private MeasurementMerge() {}

  /**
   * The runs as one, with the benchmarks of the first run.
   *
   * @throws IllegalArgumentException when there is no run, or a run lacks a benchmark of the first
   */
  public static MeasurementSet merge(List<MeasurementSet> runs) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("Nothing to merge: no run");
    }
    MeasurementSet first = runs.get(0);
    List<Measurement> merged = new ArrayList<>();
    for (Measurement m : first.measurements()) {
      List<Measurement> all = new ArrayList<>();
      for (MeasurementSet run : runs) {
        all.add(
            run.find(m.benchmarkId())
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "A run lacks benchmark [" + m.benchmarkId() + "] to merge")));
      }
      merged.add(
          m.toBuilder()
              .withWallClock(join(all.stream().map(Measurement::wallClock).toList()))
              .withMedianCalls(
                  all.stream().allMatch(r -> r.medianCalls() != null)
                      ? join(all.stream().map(Measurement::medianCalls).toList())
                      : null)
              .withAllocationPerRecord(
                  m.allocationPerRecord() == null
                      ? null
                      : join(all.stream().map(Measurement::allocationPerRecord).toList()))
              .build());
    }
    return new MeasurementSet(merged, first.fingerprint());
  }

  private static ForkValues join(List<@Nullable ForkValues> runs) {
    ForkValues first = runs.get(0);
    List<Double> values = new ArrayList<>();
    for (ForkValues run : runs) {
      if (run == null || !run.unit().equals(first.unit())) {
        throw new IllegalArgumentException(
            "Runs to merge measured in different units: ["
                + first.unit()
                + "] and ["
                + (run == null ? "nothing" : run.unit())
                + "]");
      }
      values.addAll(run.values());
    }
    return new ForkValues(first.unit(), first.direction(), values);
  }
}
