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
   * @param chunk for a part running {@link BatchChunks}, the chunk it was on last (0 before its
   *     first), whose records a failure's record index counts in; -1 otherwise (the index counts in
   *     the whole batch)
   */
  record Finished(BatchResult result, boolean instanceHealthy, long endedAt, int chunk) {}

  /**
   * Starts a part of a parallel batch on a worker: it runs {@code chunks} on {@code instance} until
   * none is left, then resets the instance (within the same deadline, so state never leaks to the
   * instance's next user). The worker then spins for {@code idleSpinNanos} waiting for its next
   * call (see {@link CallExecutor#start(CallExecutor.Task, long, Runnable, long)}). The part's
   * outputs stay in {@code chunks}.
   */
  Started startChunks(
      PluginInstance instance, BatchChunks chunks, CallLimits limits, long idleSpinNanos) {
    return start(new Work(instance, chunks.records(), chunks, limits, true, wasm), idleSpinNanos);
  }

  /** Starts a batch on a worker. */
  private Started start(Work work, long idleSpinNanos) {
    CallExecutor.PendingCall<List<OutputRecord>> pending =
        executor.start(work, work.limits.timeout().toNanos(), work.instance::close, idleSpinNanos);
    return new Started(work, pending);
  }

  /**
   * Runs a part of a parallel batch on this thread, as {@link #startChunks} does on a worker. WASM
   * only ({@link #runsWasmOnCaller}).
   */
  Finished runChunks(PluginInstance instance, BatchChunks chunks, CallLimits limits) {
    if (!wasm) {
      throw new IllegalStateException("a native part runs on a worker: use startChunks");
    }
    return runHere(
        new Work(instance, chunks.records(), chunks, limits, true, wasm), System.nanoTime());
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
    Work work = new Work(instance, batch, null, limits, resetAfter, wasm);
    return wasm ? runHere(work, startedAt) : start(work, CallExecutor.SPIN_NANOS).finish();
  }

  /**
   * Runs a WASM call on this thread under the watchdog, or on a worker when this thread is already
   * in a watched call.
   */
  private Finished runHere(Work work, long startedAt) {
    boolean measureAllocation =
        work.batch.size() >= MEASURED_ALLOCATION_RECORDS || work.limits.countInstructions();
    CallExecutor.Outcome<List<OutputRecord>> outcome =
        watchdog.run(work, work.limits.timeout().toNanos(), measureAllocation, startedAt);
    return outcome != null
        ? settle(work, outcome, false, outcome.endedAt())
        : start(work, CallExecutor.SPIN_NANOS).finish();
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
    private final Work work;
    private final CallExecutor.PendingCall<List<OutputRecord>> pending;

    private Started(Work work, CallExecutor.PendingCall<List<OutputRecord>> pending) {
      this.work = work;
      this.pending = pending;
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
      return settle(work, pending.await(spinNanos), true, System.nanoTime());
    }
  }

  /**
   * Settles a finished (or timed-out) batch: its result, and its instance's fate.
   *
   * @param stillRunning whether a timed-out call may still be running on a worker, which then
   *     closes the instance; otherwise a timed-out instance is closed here
   */
  private Finished settle(
      Work work,
      CallExecutor.Outcome<List<OutputRecord>> outcome,
      boolean stillRunning,
      long endedAt) {
    PluginInstance instance = work.instance;
    CallLimits limits = work.limits;
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
      return failed(work, FailureKind.TIMEOUT, record, detail, outcome, instructions, endedAt);
    }
    PluginCallException failure =
        outcome.error() == null ? null : FailureClassifier.classify(outcome.error(), wasm, -1);
    if (failure == null && work.resetFailure == null) {
      List<OutputRecord> outputs = java.util.Objects.requireNonNull(outcome.value());
      return new Finished(
          BatchResult.success(
              inputs, outputs, outcome.nanos(), instructions, outcome.allocatedBytes()),
          true,
          endedAt,
          work.chunk());
    }
    boolean healthy =
        failure != null && failure.kind() == FailureKind.PLUGIN_ERROR && work.resetFailure == null;
    if (!healthy) {
      pool.discard(instance);
    }
    if (failure == null) {
      PluginCallException reset = java.util.Objects.requireNonNull(work.resetFailure);
      return failed(
          work,
          reset.kind(),
          -1,
          "reset() after the batch failed, so the instance was discarded: " + reset.getMessage(),
          outcome,
          instructions,
          endedAt);
    }
    Finished result =
        failed(
            work,
            failure.kind(),
            failure.recordIndex(),
            failure.getMessage(),
            outcome,
            instructions,
            endedAt);
    return new Finished(result.result(), healthy, endedAt, work.chunk());
  }

  private Finished failed(
      Work work,
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
            work.batch.size(), failure, outcome.nanos(), instructions, outcome.allocatedBytes()),
        false,
        endedAt,
        work.chunk());
  }

  /**
   * The task: the call (or the chunks of a parallel batch's part, one call each), then the reset
   * when asked for.
   */
  private static final class Work
      implements CallExecutor.Task<List<OutputRecord>>, BatchChunks.Current {
    private final PluginInstance instance;
    private final List<PluginRecord> batch;
    private final @Nullable BatchChunks chunks;
    private final CallLimits limits;
    private final CallMeter meter;
    private final boolean resetAfter;
    private final boolean wasm;
    private @Nullable PluginCallException resetFailure;

    /**
     * The chunk being run, read by the caller when the part has ended (or timed out). Left at its
     * default, not set to -1: a volatile store in the constructor would fence every call.
     */
    private volatile int chunk;

    Work(
        PluginInstance instance,
        List<PluginRecord> batch,
        @Nullable BatchChunks chunks,
        CallLimits limits,
        boolean resetAfter,
        boolean wasm) {
      this.instance = instance;
      this.batch = batch;
      this.chunks = chunks;
      this.limits = limits;
      this.meter = new CallMeter(limits.instructionBudget(), limits.countInstructions());
      this.resetAfter = resetAfter;
      this.wasm = wasm;
    }

    @Override
    public void chunk(int chunk) {
      this.chunk = chunk;
    }

    /** The chunk a part was on last (0 before its first), or -1 for a whole batch. */
    int chunk() {
      return chunks == null ? -1 : chunk;
    }

    @Override
    public List<OutputRecord> run() throws PluginCallException {
      List<OutputRecord> outputs;
      try {
        if (chunks == null) {
          outputs = instance.call(batch, meter);
        } else {
          chunks.runOn(instance, meter, this);
          outputs = List.of();
        }
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
