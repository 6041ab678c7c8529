package io.dataflare.runtime.wasm;

import com.dylibso.chicory.runtime.ExecutionListener;
import com.dylibso.chicory.runtime.MStack;
import com.dylibso.chicory.wasm.types.Instruction;
import org.jspecify.annotations.Nullable;

/**
 * Counts the WASM instructions an interpreter instance executes during one entry call and stops the
 * call when it exceeds its budget. Compiled code never calls a listener, so compiled instances have
 * no counter and their count is "not measured", never 0. With a coverage recorder it also marks the
 * functions that run, in every call (also {@code dataflare_init} and {@code dataflare_alloc}).
 */
final class InstructionCounter implements ExecutionListener {
  private final FunctionCoverage.@Nullable Recorder coverage;
  private boolean active;
  private long count;
  private long budget;

  InstructionCounter(FunctionCoverage.@Nullable Recorder coverage) {
    this.coverage = coverage;
  }

  /** Starts counting from 0; {@code budget} 0 means none. */
  void start(long budget) {
    this.count = 0;
    this.budget = budget > 0 ? budget : Long.MAX_VALUE;
    this.active = true;
  }

  /** Stops counting and returns the instructions executed since {@link #start}. */
  long stop() {
    active = false;
    return count;
  }

  @Override
  public void onExecution(Instruction instruction, MStack stack) {
    if (coverage != null) {
      coverage.executed(instruction);
    }
    if (active && ++count > budget) {
      active = false;
      throw new BudgetExceeded(budget);
    }
  }

  /** Unwinds a call that executed more instructions than its budget. */
  static final class BudgetExceeded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long budget;

    BudgetExceeded(long budget) {
      super("executed more than [" + budget + "] instructions", null, false, false);
      this.budget = budget;
    }

    long budget() {
      return budget;
    }
  }
}
