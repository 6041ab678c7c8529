package io.dataflare.runtime.wasm;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.runtime.TrapException;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasm.ChicoryException;
import io.dataflare.plugin.FailureKind;
import io.dataflare.runtime.internal.PluginCallException;

/**
 * Turns what a guest call threw into a {@link PluginCallException} with its failure kind, so that
 * no guest can make the host throw anything else.
 */
final class CallFailures {
  private CallFailures() {}

  /**
   * Whether a guest can have caused this throwable, so it must be classified rather than
   * propagated: every exception, stack exhaustion, heap exhaustion, and the assertion and linkage
   * errors Chicory's parser and compiler raise on malformed code. Other errors are the JVM's own.
   */
  static boolean isGuestCaused(Throwable thrown) {
    return thrown instanceof Exception
        || thrown instanceof StackOverflowError
        || thrown instanceof OutOfMemoryError
        || thrown instanceof AssertionError
        || thrown instanceof LinkageError;
  }

  /** Rethrows {@code thrown} when no guest can have caused it. */
  static void rethrowIfHostError(Throwable thrown) {
    if (!isGuestCaused(thrown)) {
      throw (Error) thrown;
    }
  }

  /**
   * Classifies a throwable raised while the guest ran {@code what} (e.g. {@code dataflare_filter}).
   */
  static PluginCallException classify(Throwable thrown, String what, MemoryUse memory) {
    if (thrown instanceof PluginCallException known) {
      return known;
    }
    if (thrown instanceof ChicoryInterruptedException) {
      return failure(FailureKind.TIMEOUT, what + " was interrupted at its deadline", thrown);
    }
    if (thrown instanceof InstructionCounter.BudgetExceeded budget) {
      return failure(
          FailureKind.TIMEOUT,
          what + " executed more than its budget of [" + budget.budget() + "] instructions",
          thrown);
    }
    if (thrown instanceof GuestViolation) {
      return failure(FailureKind.ABI_VIOLATION, thrown.getMessage(), thrown);
    }
    if (thrown instanceof OutOfMemoryError) {
      return failure(
          FailureKind.MEMORY_LIMIT,
          what + " made the host run out of heap (" + thrown.getMessage() + ")",
          thrown);
    }
    if (isStackExhaustion(thrown)) {
      return failure(
          FailureKind.TRAP,
          what + " exhausted the call stack (unbounded or too deep recursion)",
          thrown);
    }
    if (memory.ranOutOfMemory()) {
      return failure(
          FailureKind.MEMORY_LIMIT,
          what + " failed (" + describe(thrown) + ") " + memory.howItRanOut(),
          thrown);
    }
    if (thrown instanceof WasiExitException exit) {
      return failure(
          FailureKind.TRAP,
          what + " called WASI proc_exit(" + exit.exitCode() + "); a plugin must return instead",
          thrown);
    }
    return failure(FailureKind.TRAP, what + " trapped: " + describe(thrown), thrown);
  }

  private static boolean isStackExhaustion(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof StackOverflowError) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Throwable thrown) {
    String message = thrown.getMessage() == null ? "" : thrown.getMessage();
    if (thrown instanceof TrapException || thrown instanceof ChicoryException) {
      return message;
    }
    return thrown.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
  }

  /** What Chicory said, for messages: its message, or the throwable's class when it has none. */
  static String describeCause(Throwable thrown) {
    return thrown.getMessage() == null ? thrown.getClass().getSimpleName() : describe(thrown);
  }

  private static PluginCallException failure(FailureKind kind, String detail, Throwable cause) {
    return new PluginCallException(kind, -1, detail, cause);
  }
}
