package io.dataflare.runtime.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

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

  private static final VarHandle CURRENT_RECORD;

  static {
    try {
      CURRENT_RECORD =
          MethodHandles.lookup().findVarHandle(CallMeter.class, "currentRecord", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** Read and written only in opaque mode, through {@link #CURRENT_RECORD}. */
  @SuppressWarnings("unused")
  private int currentRecord = -1;

  /**
   * Names the record the backend is processing, when it processes one at a time (native plugins),
   * so a call stopped at its deadline names it. An opaque write: it is never dropped or merged with
   * the next one, and costs a plain store (a volatile write would fence every record).
   */
  public void processing(int record) {
    CURRENT_RECORD.setOpaque(this, record);
  }

  /**
   * The record named last by {@link #processing}, or -1; read by the caller while the call runs, so
   * it may lag the backend by a record or so, which is what a timeout's message can use.
   */
  public int currentRecord() {
    return (int) CURRENT_RECORD.getOpaque(this);
  }

  public CallMeter(long instructionBudget, boolean countInstructions) {
    this.instructionBudget = instructionBudget;
    this.countInstructions = countInstructions;
  }
}
