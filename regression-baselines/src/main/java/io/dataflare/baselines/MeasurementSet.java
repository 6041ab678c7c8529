package io.dataflare.baselines;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Everything one benchmark run measured, and the machine it ran on.
 *
 * @param measurements one per benchmark id, ids unique
 * @param fingerprint the machine and JVM the run used
 */
@API(status = STABLE, since = "0.1")
public record MeasurementSet(List<Measurement> measurements, Fingerprint fingerprint) {

  public MeasurementSet {
    measurements = List.copyOf(measurements);
    Objects.requireNonNull(fingerprint, "fingerprint");
    Set<String> seen = new HashSet<>();
    for (Measurement m : measurements) {
      if (!seen.add(m.benchmarkId())) {
        throw new IllegalArgumentException(
            "Benchmark id [" + m.benchmarkId() + "] appears twice in one run: ids must be unique");
      }
    }
  }

  /** The measurement of the given benchmark, if the run has it. */
  public Optional<Measurement> find(String benchmarkId) {
    return measurements.stream().filter(m -> m.benchmarkId().equals(benchmarkId)).findFirst();
  }

  /** The benchmark ids, in run order. */
  public List<String> benchmarkIds() {
    return measurements.stream().map(Measurement::benchmarkId).toList();
  }

  /** The subset of this run with only the given benchmarks (e.g. for a confirmation re-run). */
  public MeasurementSet only(Set<String> benchmarkIds) {
    return new MeasurementSet(
        measurements.stream().filter(m -> benchmarkIds.contains(m.benchmarkId())).toList(),
        fingerprint);
  }
}
