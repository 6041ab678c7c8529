package io.dataflare.runtime.internal;

/**
 * Per-call settings and measurements passed from the core to a backend. Mutable, used by one thread
 * for one call.
 */
public final class CallMeter {
  /** Instruction budget (interpreter mode), 0 for none. */
  public final long instructionBudget;

  /** Whether the backend should count executed instructions. */
  public final boolean countInstructions;

  /** Executed instructions, set by the backend when counted; -1 otherwise. */
  public long instructions = -1;

  /**
   * The record the backend is processing, when it processes one at a time (native plugins), so a
   * call stopped at its deadline names it; -1 otherwise. Read by the caller while the call runs.
   */
  public volatile int currentRecord = -1;

  public CallMeter(long instructionBudget, boolean countInstructions) {
    this.instructionBudget = instructionBudget;
    this.countInstructions = countInstructions;
  }
}
