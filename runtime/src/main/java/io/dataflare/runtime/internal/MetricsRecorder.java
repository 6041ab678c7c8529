package io.dataflare.runtime.internal;

import io.dataflare.plugin.FailureKind;
import io.dataflare.runtime.BatchResult;
import io.dataflare.runtime.HandleMetrics;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/** Counts one handle's calls, records, failures by kind and call latency; thread-safe. */
final class MetricsRecorder {
  private static final FailureKind[] KINDS = FailureKind.values();

  private final AtomicLong records = new AtomicLong();
  private final AtomicLongArray failures = new AtomicLongArray(KINDS.length);
  private final LatencyHistogram latency = new LatencyHistogram();

  /**
   * Records one finished batch call.
   *
   * @param latencyNanos what the caller waited, from the call to its result: the plugin's own time
   *     plus waiting for an instance and handing the batch to a worker
   */
  void record(BatchResult result, long latencyNanos) {
    records.addAndGet(result.inputCount());
    if (!result.succeeded()) {
      failures.incrementAndGet(result.failure().orElseThrow().kind().ordinal());
    }
    latency.record(latencyNanos); // counts the call too
  }

  HandleMetrics snapshot() {
    Map<FailureKind, Long> byKind = new EnumMap<>(FailureKind.class);
    for (FailureKind kind : KINDS) {
      long count = failures.get(kind.ordinal());
      if (count > 0) {
        byKind.put(kind, count);
      }
    }
    return new HandleMetrics(
        latency.count(),
        records.get(),
        byKind,
        latency.percentile(0.50),
        latency.percentile(0.99),
        latency.max());
  }
}
