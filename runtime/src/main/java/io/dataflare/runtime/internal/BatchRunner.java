package io.dataflare.runtime.internal;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.runtime.BatchResult;
import io.dataflare.runtime.CallLimits;
import io.dataflare.runtime.OutputRecord;
import io.dataflare.runtime.PluginFailure;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Runs one batch on one borrowed instance under a deadline and decides the instance's fate: an
 * instance that timed out is discarded (or, when its call still runs on a worker, abandoned and
 * closed by that worker when the call finally ends), one that failed with anything but {@code
 * PLUGIN_ERROR} or whose reset failed is discarded, and a healthy one is left to the caller to give
 * back or keep.
 *
 * <p>Where a call runs: a WASM call runs on the calling thread, watched by the {@link Watchdog},
 * which interrupts it at its deadline (Chicory stops within a millisecond); handing it to a worker
 * thread would cost more than a small batch itself. A native call runs on a worker of the {@link
 * CallExecutor}, because Java code may ignore an interrupt, and the caller must still get its
 * timeout at the deadline. Parts of a parallel batch run on workers too, but a WASM batch's first,
 * which its caller runs.
 */
final class BatchRunner {
  /**
   * Smallest WASM batch whose allocated bytes are measured (always, when instructions are counted).
   * Reading the thread's allocation counter twice costs about as much as a one-record call, so
   * smaller batches report {@code NOT_MEASURED}; calls on workers (native) are always measured.
   */
  static final int MEASURED_ALLOCATION_RECORDS = 16;

  private final String pluginName;
  private final boolean wasm;
  private final InstancePool<PluginInstance> pool;
  private final CallExecutor executor;
  private final Watchdog watchdog;

  BatchRunner(
      String pluginName,
      boolean wasm,
      InstancePool<PluginInstance> pool,
      CallExecutor executor,
      Watchdog watchdog) {
    this.pluginName = pluginName;
    this.wasm = wasm;
    this.pool = pool;
    this.executor = executor;
    this.watchdog = watchdog;
  }

  /**
   * A batch's result and whether its instance may serve again.
   *
   * @param endedAt {@code System.nanoTime()} when the caller had the result
   */
  record Finished(BatchResult result, boolean instanceHealthy, long endedAt) {}

  /**
   * Starts a batch on a worker.
   *
   * @param resetAfter reset the instance after the batch (within the same deadline), so state never
   *     leaks to the instance's next user
   */
  Started start(
      PluginInstance instance, List<PluginRecord> batch, CallLimits limits, boolean resetAfter) {
    return start(instance, batch, limits, resetAfter, CallExecutor.SPIN_NANOS);
  }

  /**
   * Starts a batch on a worker that afterwards spins for {@code idleSpinNanos} waiting for its next
   * call (see {@link CallExecutor#start(CallExecutor.Task, long, Runnable, long)}).
   */
  Started start(
      PluginInstance instance,
      List<PluginRecord> batch,
      CallLimits limits,
      boolean resetAfter,
      long idleSpinNanos) {
    Work work = new Work(instance, batch, limits, resetAfter, wasm);
    CallExecutor.PendingCall<List<OutputRecord>> pending =
        executor.start(work, limits.timeout().toNanos(), instance::close, idleSpinNanos);
    return new Started(instance, work, pending, limits);
  }

  /** Whether {@link #run} runs a batch on the calling thread (WASM) rather than on a worker. */
  boolean runsWasmOnCaller() {
    return wasm;
  }

  /** Runs a batch (on this thread for WASM, else on a worker) and waits for it. */
  Finished run(
      PluginInstance instance, List<PluginRecord> batch, CallLimits limits, boolean resetAfter) {
    return run(instance, batch, limits, resetAfter, System.nanoTime());
  }

  /**
   * Runs a batch and waits for it.
   *
   * @param startedAt {@code System.nanoTime()} at the start of the call, read by the caller just
   *     before (one clock read fewer per call); the deadline counts from it
   */
  Finished run(
      PluginInstance instance,
      List<PluginRecord> batch,
      CallLimits limits,
      boolean resetAfter,
      long startedAt) {
    if (wasm) {
      Work work = new Work(instance, batch, limits, resetAfter, wasm);
      boolean measureAllocation =
          batch.size() >= MEASURED_ALLOCATION_RECORDS || limits.countInstructions();
      CallExecutor.Outcome<List<OutputRecord>> outcome =
          watchdog.run(work, limits.timeout().toNanos(), measureAllocation, startedAt);
      if (outcome != null) {
        return settle(instance, work, outcome, limits, false, outcome.endedAt());
      }
    }
    return start(instance, batch, limits, resetAfter).finish();
  }

  /**
   * Resets an instance on a worker under {@code limits} and gives it back to the pool, or discards
   * it when the reset fails or times out.
   */
  void resetAndGiveBack(PluginInstance instance, CallLimits limits) {
    CallExecutor.Task<Void> reset =
        () -> {
          instance.reset();
          return null;
        };
    long timeout = limits.timeout().toNanos();
    CallExecutor.Outcome<Void> outcome =
        wasm ? watchdog.run(reset, timeout, false, System.nanoTime()) : null;
    boolean here = outcome != null;
    if (outcome == null) {
      outcome = executor.run(reset, timeout, instance::close);
    }
    if (outcome.timedOut()) {
      if (here) {
        pool.discard(instance);
      } else {
        pool.abandon(instance);
      }
    } else if (outcome.error() != null) {
      pool.discard(instance);
    } else {
      pool.giveBack(instance);
    }
  }

  /** A batch running on a worker. */
  final class Started {
    private final PluginInstance instance;
    private final Work work;
    private final CallExecutor.PendingCall<List<OutputRecord>> pending;
    private final CallLimits limits;

    private Started(
        PluginInstance instance,
        Work work,
        CallExecutor.PendingCall<List<OutputRecord>> pending,
        CallLimits limits) {
      this.instance = instance;
      this.work = work;
      this.pending = pending;
      this.limits = limits;
    }

    /** Waits for the batch (at most until its deadline) and settles the instance's fate. */
    Finished finish() {
      return finish(CallExecutor.SPIN_NANOS);
    }

    /**
     * As {@link #finish()}, spinning for up to {@code spinNanos} before blocking; 0 blocks at once,
     * for the caller of parts that run on workers only, whose spinning would take a core from them.
     */
    Finished finish(long spinNanos) {
      return settle(instance, work, pending.await(spinNanos), limits, true, System.nanoTime());
    }
  }

  /**
   * Settles a finished (or timed-out) batch: its result, and its instance's fate.
   *
   * @param stillRunning whether a timed-out call may still be running on a worker, which then
   *     closes the instance; otherwise a timed-out instance is closed here
   */
  private Finished settle(
      PluginInstance instance,
      Work work,
      CallExecutor.Outcome<List<OutputRecord>> outcome,
      CallLimits limits,
      boolean stillRunning,
      long endedAt) {
    int inputs = work.batch.size();
    long instructions = work.meter.instructions;
    if (outcome.timedOut()) {
      if (stillRunning) {
        pool.abandon(instance);
      } else {
        pool.discard(instance);
      }
      String detail =
          outcome.callerInterrupted()
              ? "the calling thread was interrupted, so the call was stopped and its instance"
                  + " discarded"
              : "the call did not finish within ["
                  + limits.timeout().toMillis()
                  + " ms]; it was interrupted and its instance discarded";
      // a native plugin processes one record at a time: the timeout names the one it was on
      int record = work.meter.currentRecord();
      return failed(inputs, FailureKind.TIMEOUT, record, detail, outcome, instructions, endedAt);
    }
    PluginCallException failure =
        outcome.error() == null ? null : FailureClassifier.classify(outcome.error(), wasm, -1);
    if (failure == null && work.resetFailure == null) {
      List<OutputRecord> outputs = java.util.Objects.requireNonNull(outcome.value());
      return new Finished(
          BatchResult.success(
              inputs, outputs, outcome.nanos(), instructions, outcome.allocatedBytes()),
          true,
          endedAt);
    }
    boolean healthy =
        failure != null && failure.kind() == FailureKind.PLUGIN_ERROR && work.resetFailure == null;
    if (!healthy) {
      pool.discard(instance);
    }
    if (failure == null) {
      PluginCallException reset = java.util.Objects.requireNonNull(work.resetFailure);
      return failed(
          inputs,
          reset.kind(),
          -1,
          "reset() after the batch failed, so the instance was discarded: " + reset.getMessage(),
          outcome,
          instructions,
          endedAt);
    }
    Finished result =
        failed(
            inputs,
            failure.kind(),
            failure.recordIndex(),
            failure.getMessage(),
            outcome,
            instructions,
            endedAt);
    return new Finished(result.result(), healthy, endedAt);
  }

  private Finished failed(
      int inputs,
      FailureKind kind,
      int recordIndex,
      @Nullable String detail,
      CallExecutor.Outcome<?> outcome,
      long instructions,
      long endedAt) {
    PluginFailure failure =
        new PluginFailure(
            kind, pluginName, recordIndex, detail == null ? "no detail given" : detail);
    return new Finished(
        BatchResult.failure(
            inputs, failure, outcome.nanos(), instructions, outcome.allocatedBytes()),
        false,
        endedAt);
  }

  /** The task: the call, then the reset when asked for. */
  private static final class Work implements CallExecutor.Task<List<OutputRecord>> {
    private final PluginInstance instance;
    private final List<PluginRecord> batch;
    private final CallMeter meter;
    private final boolean resetAfter;
    private final boolean wasm;
    private @Nullable PluginCallException resetFailure;

    Work(
        PluginInstance instance,
        List<PluginRecord> batch,
        CallLimits limits,
        boolean resetAfter,
        boolean wasm) {
      this.instance = instance;
      this.batch = batch;
      this.meter = new CallMeter(limits.instructionBudget(), limits.countInstructions());
      this.resetAfter = resetAfter;
      this.wasm = wasm;
    }

    @Override
    public List<OutputRecord> run() throws PluginCallException {
      List<OutputRecord> outputs;
      try {
        outputs = instance.call(batch, meter);
      } catch (Throwable e) {
        PluginCallException failure = FailureClassifier.classify(e, wasm, -1);
        if (resetAfter && failure.kind() == FailureKind.PLUGIN_ERROR) {
          reset(); // the instance goes back to the pool: no partial state may stay in it
        }
        throw failure;
      }
      if (resetAfter) {
        reset();
      }
      return outputs;
    }

    private void reset() {
      try {
        instance.reset();
      } catch (Throwable e) {
        resetFailure = FailureClassifier.classify(e, wasm, -1);
      }
    }
  }
}
