package io.dataflare.baselines.store;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.baselines.ForkValues;
import io.dataflare.baselines.Measurement;
import io.dataflare.baselines.MeasurementSet;
import io.dataflare.baselines.NoiseFloor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** Makes baselines from runs of unchanged code (what {@code update-baselines} records). */
@API(status = STABLE, since = "0.1")
public final class Baselines {

  private Baselines() {}

  /**
   * One baseline per benchmark of the last run, from one or more runs of the same, unchanged code
   * on one machine.
   *
   * <ul>
   *   <li>Wall-clock, median-call and allocation fork values: the forks of every run that has the
   *       benchmark, pooled (more forks make the rank test stronger, and pooled runs carry their
   *       drift).
   *   <li>Noise floor: {@link NoiseFloor#estimate} over the runs' wall-clock forks ({@code
   *       run-medians} from two runs on).
   *   <li>Instructions, hashes, plugin version and fingerprint: from the last run.
   * </ul>
   *
   * @param runs runs of unchanged code, oldest first, at least one
   * @param date the recording date
   */
  public static List<Baseline> fromRuns(List<MeasurementSet> runs, Instant date) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("Baselines need at least one benchmark run");
    }
    MeasurementSet last = runs.get(runs.size() - 1);
    List<Baseline> baselines = new ArrayList<>();
    for (Measurement latest : last.measurements()) {
      List<Measurement> history =
          runs.stream().map(r -> r.find(latest.benchmarkId())).flatMap(Optional::stream).toList();
      List<ForkValues> wallRuns = history.stream().map(Measurement::wallClock).toList();
      Measurement pooled =
          latest.toBuilder()
              .withWallClock(pool(wallRuns))
              .withMedianCalls(
                  history.stream().allMatch(h -> h.medianCalls() != null)
                      ? pool(history.stream().map(Measurement::medianCalls).toList())
                      : null)
              .withAllocationPerRecord(
                  latest.allocationPerRecord() == null
                      ? null
                      : pool(
                          history.stream()
                              .map(Measurement::allocationPerRecord)
                              .filter(a -> a != null)
                              .toList()))
              .build();
      baselines.add(new Baseline(pooled, date, NoiseFloor.estimate(wallRuns), last.fingerprint()));
    }
    return baselines;
  }

  private static ForkValues pool(List<ForkValues> runs) {
    ForkValues first = runs.get(runs.size() - 1);
    List<Double> values =
        runs.stream()
            .filter(r -> r.unit().equals(first.unit()))
            .flatMap(r -> r.values().stream())
            .toList();
    return new ForkValues(first.unit(), first.direction(), values);
  }
}
