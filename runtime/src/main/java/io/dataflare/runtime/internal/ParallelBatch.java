package io.dataflare.runtime.internal;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.runtime.BatchResult;
import io.dataflare.runtime.CallLimits;
import io.dataflare.runtime.OutputRecord;
import io.dataflare.runtime.PluginFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * One batch split into contiguous parts run at once on several pooled instances, joined in input
 * order.
 *
 * <p>Only the first instance is waited for; the others are taken only when idle or creatable at
 * once, so parallel callers can never deadlock holding part of what they need. With fewer instances
 * free, the batch is split into fewer parts.
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
    int[] starts = new int[parts + 1];
    for (int part = 0; part <= parts; part++) {
      starts[part] = (int) ((long) records.size() * part / parts);
    }
    BatchRunner runner = handle.runner();
    // a WASM part can run on this thread under the watchdog: the caller takes part 0 itself, so
    // two parts need two threads, not three, and no thread sleeps between back-to-back batches
    int firstOnWorker = runner.runsWasmOnCaller() ? 1 : 0;
    List<BatchRunner.Started> running = new ArrayList<>(parts);
    for (int part = firstOnWorker; part < parts; part++) {
      running.add(
          runner.start(
              instances.get(part),
              records.subList(starts[part], starts[part + 1]),
              limits,
              true,
              PART_IDLE_SPIN_NANOS));
    }
    List<BatchRunner.Finished> finished = new ArrayList<>(parts);
    if (firstOnWorker == 1) {
      finished.add(
          runner.run(instances.get(0), records.subList(starts[0], starts[1]), limits, true));
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
    return join(finished, starts, started);
  }

  private BatchResult join(List<BatchRunner.Finished> parts, int[] starts, long started) {
    int joined = 0;
    for (BatchRunner.Finished part : parts) {
      joined += part.result().outputs().size();
    }
    // sized once: growing from 16 by doubling was half of a 10,000-record batch's join (25 µs)
    OutputsBuilder outputs = new OutputsBuilder(joined).begin(records);
    @Nullable PluginFailure firstFailure = null;
    long firstFailurePosition = Long.MAX_VALUE;
    long instructions = 0;
    long allocated = 0;
    for (int part = 0; part < parts.size(); part++) {
      BatchResult result = parts.get(part).result();
      instructions = add(instructions, result.instructions());
      allocated = add(allocated, result.allocatedBytes());
      PluginFailure failure = result.failure().orElse(null);
      if (failure != null) {
        int index = failure.recordIndex() < 0 ? -1 : failure.recordIndex() + starts[part];
        long position = Math.max(index, starts[part]);
        if (position < firstFailurePosition) {
          firstFailurePosition = position;
          firstFailure =
              new PluginFailure(
                  failure.kind(), failure.pluginName(), index, rebased(failure, part, starts));
        }
      } else if (firstFailure == null) {
        addRebased(result.outputs(), starts[part], outputs);
      }
    }
    long nanos = System.nanoTime() - started;
    return firstFailure != null
        ? BatchResult.failure(records.size(), firstFailure, nanos, instructions, allocated)
        : BatchResult.success(records.size(), outputs.build(), nanos, instructions, allocated);
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

  private static String rebased(PluginFailure failure, int part, int[] starts) {
    return failure.recordIndex() >= 0
        ? failure.detail()
        : failure.detail()
            + " (in the part of records ["
            + starts[part]
            + "] to ["
            + (starts[part + 1] - 1)
            + "])";
  }

  private static long add(long sum, long figure) {
    return sum < 0 || figure < 0 ? BatchResult.NOT_MEASURED : sum + figure;
  }
}
