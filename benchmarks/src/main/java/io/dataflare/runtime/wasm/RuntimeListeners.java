package io.dataflare.runtime.wasm;

import com.dylibso.chicory.runtime.ExecutionListener;

/**
 * The benchmarks' door to the execution listener every interpreter instance of the runtime carries,
 * which is package-private: it lives in its package, in the benchmarks jar only. Not an API.
 */
public final class RuntimeListeners {
  private RuntimeListeners() {}

  /**
   * The runtime's instruction counter as an instance gets it by default: no coverage, no budget or
   * count asked for, so on each instruction it only looks, every 1,024 instructions, at the
   * thread's interrupt (the deadline).
   */
  public static ExecutionListener instructionCounter() {
    return new InstructionCounter(null);
  }
}
