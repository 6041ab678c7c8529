package io.dataflare.runtime.internal;

/**
 * The benchmarks' door to how a parallel batch cuts its records into chunks, which is
 * package-private: it lives in its package, in the benchmarks jar only. Not an API.
 */
public final class ParallelChunks {
  private ParallelChunks() {}

  /**
   * Records per chunk (the last may have fewer) of a batch of {@code records} run on {@code parts}
   * instances without an instruction budget.
   */
  public static int recordsPerChunk(int records, int parts) {
    return BatchChunks.recordsPerChunk(records, parts, true);
  }
}
