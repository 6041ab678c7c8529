package io.dataflare.runtime;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.plugin.FailureKind;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Figures of one handle, read at one moment.
 *
 * @param calls batch calls made
 * @param records records sent in
 * @param failures failed calls by kind
 * @param latencyP50Nanos median call latency as callers saw it (waiting for an instance, handing
 *     the batch to a worker, and the plugin's own time), from a log-linear histogram, within 1/16
 * @param latencyP99Nanos 99th percentile call latency
 * @param latencyMaxNanos slowest call
 */
@API(status = STABLE, since = "0.1")
public record HandleMetrics(
    long calls,
    long records,
    Map<FailureKind, Long> failures,
    long latencyP50Nanos,
    long latencyP99Nanos,
    long latencyMaxNanos) {
  public HandleMetrics {
    failures = Map.copyOf(failures);
  }
}
