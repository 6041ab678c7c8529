package io.dataflare.quality.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One benchmark's figures from the harness's {@code benchmarks.json}, with its committed baseline's
 * where there is one.
 *
 * @param benchmarkId {@code <plugin>/<benchmark>}
 * @param dataSize records per call
 * @param throughput records per second, one value per fork
 * @param latencyUnit the unit of {@code latency}, e.g. {@code us/op} (one call of a batch)
 * @param latency latency percentiles of a call by label ({@code p50}, {@code p90}, {@code p99},
 *     {@code p99.9}), in reading order
 * @param allocationPerRecord bytes allocated per record (median of the forks), or null
 * @param instructionsPerRecord WASM instructions executed per record, or null (native plugins)
 * @param baselineThroughput the baseline's records per second per fork, or empty without one
 * @param baselineInstructionsPerRecord the baseline's instructions per record, or null
 * @param baselineAllocationPerRecord the baseline's bytes per record (median), or null
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record BenchmarkFigures(
    String benchmarkId,
    int dataSize,
    List<Double> throughput,
    String latencyUnit,
    Map<String, Double> latency,
    @Nullable Double allocationPerRecord,
    @Nullable Double instructionsPerRecord,
    List<Double> baselineThroughput,
    @Nullable Double baselineInstructionsPerRecord,
    @Nullable Double baselineAllocationPerRecord) {

  public BenchmarkFigures {
    Objects.requireNonNull(benchmarkId, "benchmarkId");
    Objects.requireNonNull(latencyUnit, "latencyUnit");
    throughput = List.copyOf(throughput);
    latency = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(latency));
    baselineThroughput = List.copyOf(baselineThroughput);
  }
}
