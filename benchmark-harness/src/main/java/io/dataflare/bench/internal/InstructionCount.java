package io.dataflare.bench.internal;

/**
 * Executed WASM instructions of one batch call, counted in two separate interpreter-mode passes
 * over the same input; equal by construction, or the harness would have failed.
 *
 * @param firstPass instructions counted by the first pass
 * @param secondPass instructions counted by the second pass
 * @param dataSize records in the batch
 * @param moduleSha256 SHA-256 of the module that was counted
 */
record InstructionCount(long firstPass, long secondPass, int dataSize, String moduleSha256) {

  double firstPassPerRecord() {
    return (double) firstPass / dataSize;
  }

  double secondPassPerRecord() {
    return (double) secondPass / dataSize;
  }
}
