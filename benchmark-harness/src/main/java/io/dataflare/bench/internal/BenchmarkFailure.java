package io.dataflare.bench.internal;

import io.dataflare.runtime.BatchResult;

/**
 * A plugin benchmark failed in a forked JVM. Thrown there; JMH carries it to the launching JVM,
 * where its message becomes the harness's error. Holds only its message, so it always crosses.
 */
public final class BenchmarkFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BenchmarkFailure(String message) {
    super(message);
  }

  /** A failed batch call. */
  static BenchmarkFailure of(String benchmarkId, BatchResult result) {
    String failure = result.failure().map(f -> f.message()).orElse(result.toString());
    return new BenchmarkFailure(
        "Benchmark ["
            + benchmarkId
            + "] failed: the plugin's batch call failed, and a failed call is never timed: "
            + failure);
  }
}
