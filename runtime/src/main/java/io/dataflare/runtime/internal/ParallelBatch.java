package io.dataflare.runtime.internal;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.runtime.BatchResult;
import io.dataflare.runtime.CallLimits;
import io.dataflare.runtime.OutputRecord;
import io.dataflare.runtime.PluginFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One batch run at once on several pooled instances, each a part that takes {@link BatchChunks} of
 * consecutive records until none is left, joined in input order.
 *
 * <p>Only the first instance is waited for; the others are taken only when idle or creatable at
 * once, so parallel callers can never deadlock holding part of what they need. With fewer instances
 * free, the batch runs in fewer parts.
 *
 * <p>A WASM batch's first part runs on the calling thread, the others on workers. Threads and
 * instances keep to each other from batch to batch: a worker that sleeps between batches, or an
 * instance that changes threads, wakes up on a core whose caches hold none of its buffers, and on
 * this project's 2-core machine that made each part a third slower than the same part on one busy
 * thread.
 */
final class ParallelBatch {
  /**
   * How long a worker that ran a part spins for the next batch's part before it blocks. Batches of
   * a stream come back to back, with gaps (the join, the caller's own work) longer than the
   * executor's usual spin; a worker that blocks lets its core go idle and comes back to cold
   * caches, and on this project's machine parts of 10,000-record batches then took 390 rather than
   * 245 µs. A spinning worker burns at most this long after a stream's last batch.
   */
  static final long PART_IDLE_SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(300);

  private final PooledHandle handle;
  private final List<PluginRecord> records;
  private final CallLimits limits;

  ParallelBatch(PooledHandle handle, List<PluginRecord> records, CallLimits limits) {
    this.handle = handle;
    this.records = records;
    this.limits = limits;
  }

  BatchResult run(int parallelism) {
    long started = System.nanoTime();
    PooledHandle.Borrowed first = handle.borrow(records.size(), limits);
    if (first.instance() == null) {
      return java.util.Objects.requireNonNull(first.failure());
    }
    int wanted = Math.min(Math.min(parallelism, records.size()), handle.pool().maxSize());
    List<PluginInstance> instances = new ArrayList<>(wanted);
    instances.add(first.instance());
    while (instances.size() < wanted) {
      PluginInstance more;
      try {
        more = handle.pool().tryBorrow();
      } catch (RuntimeException e) {
        more = null; // creating another instance failed: run on fewer
      }
      if (more == null) {
        break;
      }
      instances.add(more);
    }
    int parts = instances.size();
    BatchChunks chunks = new BatchChunks(records, parts, limits.instructionBudget() == 0);
    BatchRunner runner = handle.runner();
    // a WASM part can run on this thread under the watchdog: the caller takes part 0 itself, so
    // two parts need two threads, not three, and no thread sleeps between back-to-back batches
    int firstOnWorker = runner.runsWasmOnCaller() ? 1 : 0;
    List<BatchRunner.Started> running = new ArrayList<>(parts);
    List<BatchRunner.Finished> finished = new ArrayList<>(parts);
    try {
      for (int part = firstOnWorker; part < parts; part++) {
        running.add(runner.startChunks(instances.get(part), chunks, limits, PART_IDLE_SPIN_NANOS));
      }
      if (firstOnWorker == 1) {
        finished.add(runner.runChunks(instances.get(0), chunks, limits));
      }
    } catch (RuntimeException | Error e) {
      // the runtime was closed under the batch: the parts that started on workers are waited for
      // and settled (a healthy instance goes back); the instances of the others are discarded
      chunks.stop();
      for (int part = 0; part < parts; part++) {
        int onWorker = part - firstOnWorker;
        if (onWorker < 0 || onWorker >= running.size()) {
          handle.pool().discard(instances.get(part));
        } else if (running.get(onWorker).finish(0).instanceHealthy()) {
          handle.pool().giveBack(instances.get(part));
        }
      }
      throw e;
    }
    // a caller that ran a part itself spins for parts that started with it, as their workers do;
    // one that ran none blocks at once, not to take a core from the workers running them
    long spinNanos = firstOnWorker == 1 ? PART_IDLE_SPIN_NANOS : 0;
    for (BatchRunner.Started part : running) {
      finished.add(part.finish(spinNanos));
    }
    // the first part's instance goes back last, on top of the pool: the next batch's caller gets
    // it again, with its buffers still in this core's caches, and each worker keeps its instance
    for (int part = parts - 1; part >= 0; part--) {
      if (finished.get(part).instanceHealthy()) {
        handle.pool().giveBack(instances.get(part));
      }
    }
    return join(chunks, finished, started);
  }

  private BatchResult join(BatchChunks chunks, List<BatchRunner.Finished> parts, long started) {
    @Nullable PluginFailure firstFailure = null;
    long firstFailurePosition = Long.MAX_VALUE;
    long instructions = 0;
    long allocated = 0;
    for (BatchRunner.Finished part : parts) {
      BatchResult result = part.result();
      instructions = add(instructions, result.instructions());
      allocated = add(allocated, result.allocatedBytes());
      PluginFailure failure = result.failure().orElse(null);
      if (failure != null) {
        // a part that timed out may still run (Java code may ignore the interrupt): it takes no
        // further chunk
        chunks.stop();
        // a part fails on the chunk it was on last (chunk 0 when it failed before taking one)
        int chunk = part.chunk();
        int from = chunks.start(chunk);
        int index = failure.recordIndex() < 0 ? -1 : failure.recordIndex() + from;
        long position = Math.max(index, from);
        if (position < firstFailurePosition) {
          firstFailurePosition = position;
          firstFailure =
              new PluginFailure(
                  failure.kind(), failure.pluginName(), index, rebased(failure, chunks, chunk));
        }
      }
    }
    if (firstFailure != null) {
      return BatchResult.failure(
          records.size(), firstFailure, System.nanoTime() - started, instructions, allocated);
    }
    int joined = 0;
    for (int chunk = 0; chunk < chunks.count(); chunk++) {
      joined += Objects.requireNonNull(chunks.outputs(chunk)).size();
    }
    // sized once: growing from 16 by doubling was half of a 10,000-record batch's join (25 µs)
    OutputsBuilder outputs = new OutputsBuilder(joined).begin(records);
    for (int chunk = 0; chunk < chunks.count(); chunk++) {
      addRebased(Objects.requireNonNull(chunks.outputs(chunk)), chunks.start(chunk), outputs);
    }
    return BatchResult.success(
        records.size(), outputs.build(), System.nanoTime() - started, instructions, allocated);
  }

  /** Adds a part's outputs with their source indexes moved to the whole batch's. */
  private static void addRebased(List<OutputRecord> part, int start, OutputsBuilder outputs) {
    if (part instanceof Outputs indexed) {
      indexed.addTo(outputs, start);
    } else {
      for (OutputRecord output : part) {
        outputs.add(output.sourceIndex() + start, output.record());
      }
    }
  }

  private static String rebased(PluginFailure failure, BatchChunks chunks, int chunk) {
    return failure.recordIndex() >= 0
        ? failure.detail()
        : failure.detail()
            + " (in records ["
            + chunks.start(chunk)
            + "] to ["
            + (chunks.end(chunk) - 1)
            + "] of the batch)";
  }

  private static long add(long sum, long figure) {
    return sum < 0 || figure < 0 ? BatchResult.NOT_MEASURED : sum + figure;
  }
}
