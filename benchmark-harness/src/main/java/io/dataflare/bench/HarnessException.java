package io.dataflare.bench;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A harness run failed: a benchmark's plugin failed or could not be loaded, a forked JVM died, or a
 * deterministic metric did not repeat. The message names the benchmark, what happened and the fix.
 * A failed run writes no {@code benchmarks.json}, so no stale result survives it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HarnessException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public HarnessException(String message) {
    super(message);
  }

  public HarnessException(String message, Throwable cause) {
    super(message, cause);
  }
}
