package io.dataflare.bench;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * What one benchmark measured, summarised over all its forks. The full fork-level data is in {@code
 * benchmarks.json}.
 *
 * @param benchmarkId {@code <plugin>/<benchmark>}
 * @param dataSize records per batch call
 * @param forks forked JVMs measured
 * @param meanCallMicros mean time of one batch call, in microseconds
 * @param p50CallMicros median time of one batch call
 * @param p99CallMicros 99th percentile of one batch call
 * @param recordsPerSecond throughput: the mean over forks of {@code dataSize / mean call time}
 * @param allocatedBytesPerRecord heap bytes allocated per record (JMH's gc profiler), when measured
 * @param instructionsPerRecord executed WASM instructions per record (WASM plugins only)
 * @param targetChecks the spec's targets, checked
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record BenchmarkOutcome(
    String benchmarkId,
    int dataSize,
    int forks,
    double meanCallMicros,
    double p50CallMicros,
    double p99CallMicros,
    double recordsPerSecond,
    OptionalDouble allocatedBytesPerRecord,
    OptionalDouble instructionsPerRecord,
    List<TargetCheck> targetChecks) {

  public BenchmarkOutcome {
    Objects.requireNonNull(benchmarkId, "benchmarkId");
    Objects.requireNonNull(allocatedBytesPerRecord, "allocatedBytesPerRecord");
    Objects.requireNonNull(instructionsPerRecord, "instructionsPerRecord");
    targetChecks = List.copyOf(targetChecks);
  }

  /** Whether every target of the spec is met (true when it sets none). */
  public boolean targetsMet() {
    return targetChecks.stream().allMatch(TargetCheck::met);
  }
}
