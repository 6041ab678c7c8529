package io.dataflare.bench.internal;

import io.dataflare.bench.HarnessException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/**
 * The figures of one JMH run reduced to one value per fork, the unit the regression gate compares
 * (JMH's pooled score error mixes within-fork and between-fork noise), plus pooled percentiles.
 *
 * @param callMicros mean batch-call time of each fork, in microseconds
 * @param recordsPerSecond {@code dataSize / mean call time} of each fork
 * @param allocatedBytesPerRecord JMH's {@code gc.alloc.rate.norm} of each fork divided by the data
 *     size; empty when the gc profiler could not measure allocation
 * @param pooled the distribution of all sampled calls of all forks, in microseconds
 */
record ForkFigures(
    List<Double> callMicros,
    List<Double> recordsPerSecond,
    Optional<List<Double>> allocatedBytesPerRecord,
    Statistics pooled) {

  /** JMH's gc profiler: bytes allocated per operation. */
  static final String ALLOC_NORM = "gc.alloc.rate.norm";

  /** JMH's gc profiler: allocation rate; reported even when nothing was allocated. */
  static final String ALLOC_RATE = "gc.alloc.rate";

  private static final String CALL_UNIT = "us/op";

  static ForkFigures of(RunResult run, String benchmarkId, int dataSize) {
    String unit = run.getPrimaryResult().getScoreUnit();
    if (!CALL_UNIT.equals(unit)) {
      throw new HarnessException(
          "Benchmark ["
              + benchmarkId
              + "]: JMH reported the call time in ["
              + unit
              + "] but the harness asked for ["
              + CALL_UNIT
              + "]; this is a harness error (fix: report it)");
    }
    List<Double> callMicros = new ArrayList<>();
    List<Double> recordsPerSecond = new ArrayList<>();
    List<Double> allocated = new ArrayList<>();
    boolean allocationMeasured = true;
    for (BenchmarkResult fork : run.getBenchmarkResults()) {
      double meanMicros = fork.getPrimaryResult().getStatistics().getMean();
      callMicros.add(meanMicros);
      recordsPerSecond.add(dataSize / (meanMicros / 1e6));
      Optional<Double> norm = allocationPerCall(fork.getSecondaryResults());
      allocationMeasured &= norm.isPresent();
      norm.ifPresent(bytes -> allocated.add(bytes / dataSize));
    }
    return new ForkFigures(
        callMicros,
        recordsPerSecond,
        allocationMeasured && !allocated.isEmpty() ? Optional.of(allocated) : Optional.empty(),
        run.getPrimaryResult().getStatistics());
  }

  /**
   * JMH omits {@code gc.alloc.rate.norm} when a fork allocated nothing, yet still reports the rate:
   * that is a measured zero, which the gate needs to see ("a path that allocated nothing").
   */
  @SuppressWarnings("rawtypes") // JMH's API hands out raw results
  private static Optional<Double> allocationPerCall(Map<String, Result> secondary) {
    Result norm = secondary.get(ALLOC_NORM);
    if (norm != null && !Double.isNaN(norm.getScore())) {
      return Optional.of(norm.getScore());
    }
    Result rate = secondary.get(ALLOC_RATE);
    if (norm == null && rate != null && !Double.isNaN(rate.getScore())) {
      return Optional.of(0.0);
    }
    return Optional.empty();
  }

  int forks() {
    return callMicros.size();
  }

  /** Mean over forks of the per-fork throughput. */
  double meanRecordsPerSecond() {
    return mean(recordsPerSecond);
  }

  /** Mean over forks of the per-fork allocation per record, or NaN when unmeasured. */
  double meanAllocatedBytesPerRecord() {
    return allocatedBytesPerRecord.map(ForkFigures::mean).orElse(Double.NaN);
  }

  private static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  /** A percentile (0 to 100) of all sampled call times, in microseconds. */
  double callMicrosPercentile(double percentile) {
    return pooled.getPercentile(percentile);
  }
}
