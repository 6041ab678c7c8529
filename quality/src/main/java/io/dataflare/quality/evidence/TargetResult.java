package io.dataflare.quality.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * One declared target ({@code expected_throughput} or {@code max_latency}) as the harness checked
 * it ({@code targets.json}).
 *
 * @param benchmarkId the benchmark
 * @param target {@code expected_throughput} or {@code max_latency}
 * @param met whether the run met it
 * @param message the harness's sentence, with both values
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record TargetResult(String benchmarkId, String target, boolean met, String message) {}
