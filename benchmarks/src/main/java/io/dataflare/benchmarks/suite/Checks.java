package io.dataflare.benchmarks.suite;

import io.dataflare.runtime.BatchResult;

/** Fails a benchmark loudly when a contender stops doing the work being compared. */
final class Checks {
  private Checks() {}

  static BatchResult succeeded(BatchResult result) {
    if (!result.succeeded()) {
      throw new IllegalStateException("the benchmarked call failed: " + result);
    }
    return result;
  }

  static void sameCount(String what, int expected, int actual) {
    if (expected != actual) {
      throw new IllegalStateException(
          what
              + " produced ["
              + actual
              + "] outputs where the runtime produced ["
              + expected
              + "]");
    }
  }
}
