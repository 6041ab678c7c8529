package io.dataflare.runtime.wasm;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.runtime.ExecutionListener;
import com.dylibso.chicory.runtime.MStack;
import com.dylibso.chicory.wasm.types.Instruction;
import org.jspecify.annotations.Nullable;

/**
 * Counts the WASM instructions an interpreter instance executes during one entry call and stops the
 * call when it exceeds its budget. Compiled code never calls a listener, so compiled instances have
 * no counter and their count is "not measured", never 0. With a coverage recorder it also marks the
 * functions that run, in every call (also {@code dataflare_init} and {@code dataflare_alloc}).
 *
 * <p>It also stops an interrupted call (the deadline): Chicory's interpreter looks at the thread's
 * interrupt only on {@code call}, {@code call_indirect} and {@code br}, so a loop closed by {@code
 * br_if}, the shape compilers give a {@code while} loop, would otherwise run on past its deadline,
 * and a caller waiting on its own thread would wait for as long as the loop runs.
 */
final class InstructionCounter implements ExecutionListener {
  /** Instructions between two looks at the interrupt flag (a power of two). */
  private static final int INTERRUPT_CHECK_INTERVAL = 1024;

  private final FunctionCoverage.@Nullable Recorder coverage;
  private boolean active;
  private long count;
  private long budget;
  private int sinceInterruptCheck;

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
    if ((++sinceInterruptCheck & (INTERRUPT_CHECK_INTERVAL - 1)) == 0
        && Thread.currentThread().isInterrupted()) {
      throw new ChicoryInterruptedException("Thread interrupted");
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
