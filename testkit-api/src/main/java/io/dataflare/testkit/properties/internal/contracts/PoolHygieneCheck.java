package io.dataflare.testkit.properties.internal.contracts;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.runtime.BatchResult;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginSession;
import io.dataflare.testkit.properties.Generator;
import io.dataflare.testkit.properties.RecordShape;
import io.dataflare.testkit.properties.internal.ValueText;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code pool_hygiene}: each batch gives on a pooled instance that served other batches before it
 * what it gives on a fresh instance, one after the other on one instance, and at once from several
 * threads on an instance each in random order; and a WASM instance's linear memory stops growing
 * when the same batch runs again and again ({@value #WARM_UP_CALLS} calls to settle, then {@value
 * #WATCHED_CALLS} that must not grow it: a leak of about 1 KiB per call or more shows).
 */
final class PoolHygieneCheck extends InstancesCheck<Inputs.Reuse> {
  static final int WARM_UP_CALLS = 4;
  static final int WATCHED_CALLS = 64;

  private static final int THREAD_COUNT = 3;
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final boolean aggregate;
  private final ExecutorService threads =
      Executors.newFixedThreadPool(
          THREAD_COUNT,
          task -> {
            Thread thread = new Thread(task, "dataflare-pool-hygiene-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });

  PoolHygieneCheck(Instances instances, RecordShape shape, boolean aggregate) {
    super(instances, shape);
    this.aggregate = aggregate;
    instances.fresh();
  }

  @Override
  public Generator<Inputs.Reuse> inputs() {
    return Inputs.reuses(shape);
  }

  @Override
  public void check(Inputs.Reuse input) {
    instances.startEvaluation();
    List<List<PluginRecord>> batches = input.batches();
    List<List<List<PluginRecord>>> alone = batches.stream().map(List::of).toList();
    List<Outcome> fresh =
        Calls.sessionsAtOnce(instances.fresh(), alone).stream().map(o -> o.get(0)).toList();
    PluginHandle reused = instances.fresh();
    for (int i = 0; i < batches.size(); i++) {
      Outcome after = run(reused, batches.get(i));
      if (!after.sameAs(fresh.get(i))) {
        throw ContractViolation.differ(
            "batch "
                + i
                + " gave a different result on a pooled instance that had run "
                + (i == 1 ? "batch 0" : "batches 0 to " + (i - 1))
                + " before it (and was reset) than on a fresh instance: state leaked from one"
                + " caller to the next",
            "on a fresh instance",
            fresh.get(i).show(),
            "on the reused instance",
            after.show());
      }
    }
    checkThreads(input, fresh);
    checkMemory(reused, batches.get(0));
  }

  private Outcome run(PluginHandle handle, List<PluginRecord> batch) {
    return aggregate ? Calls.session(handle, List.of(batch)).get(0) : Calls.call(handle, batch);
  }

  /**
   * Every batch on an instance of its own, held in a session opened before any runs, then run at
   * once from several threads in the input's order. Each instance serves one batch only, so the
   * result never depends on which thread came first: only state the instances share (a static
   * field, a buffer of the host) or code that is not safe side by side can change it. Keeping the
   * check deterministic for state kept per instance keeps shrinking sound; that state is the
   * sequential check's to catch.
   */
  private void checkThreads(Inputs.Reuse input, List<Outcome> fresh) {
    PluginHandle handle = instances.fresh();
    List<PluginSession> sessions = new ArrayList<>();
    List<Future<Outcome>> running = new ArrayList<>();
    try {
      for (int i = 0; i < input.batches().size(); i++) {
        sessions.add(handle.openSession());
      }
      for (int index : input.order()) {
        PluginSession session = sessions.get(index);
        List<PluginRecord> batch = input.batches().get(index);
        running.add(threads.submit(() -> Calls.inSession(handle, session, batch)));
      }
      for (int k = 0; k < running.size(); k++) {
        int index = input.order().get(k);
        Outcome outcome = result(running.get(k));
        if (!outcome.sameAs(fresh.get(index))) {
          throw ContractViolation.differ(
              "batch "
                  + index
                  + " gave a different result when the batches ran at once from "
                  + THREAD_COUNT
                  + " threads, each on an instance of its own, than on a fresh instance alone:"
                  + " the instances share state (a static field, a shared buffer) or are not safe"
                  + " to run side by side",
              "on a fresh instance alone",
              fresh.get(index).show(),
              "from the threads",
              outcome.show());
        }
      }
    } finally {
      // a session is used by one thread at a time: its batch must end before it is closed
      running.forEach(PoolHygieneCheck::awaitQuietly);
      sessions.forEach(PluginSession::close);
    }
  }

  private static void awaitQuietly(Future<Outcome> future) {
    try {
      future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      // reported by the loop that read the results, or superseded by its violation
    }
  }

  private static Outcome result(Future<Outcome> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the pooled calls", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ContractViolation violation) {
        throw violation;
      }
      throw new IllegalStateException("a pooled call failed: " + e.getCause(), e.getCause());
    }
  }

  /** Skipped for native plugins, and when a call fails in a way that discards the instance. */
  private void checkMemory(PluginHandle handle, List<PluginRecord> batch) {
    long settled = memoryAfter(handle, batch, WARM_UP_CALLS);
    if (settled < 0) {
      return;
    }
    long later = memoryAfter(handle, batch, WATCHED_CALLS);
    if (later > settled) {
      throw new ContractViolation(
          "the linear memory of a pooled instance grew from ["
              + settled
              + "] to ["
              + later
              + "] bytes over "
              + WATCHED_CALLS
              + " more calls of the same batch (after "
              + WARM_UP_CALLS
              + " to settle): the plugin keeps what it allocates per call; reuse or free it"
              + " (see dataflare_alloc in docs/wasm-abi.md)\nthe batch: "
              + ValueText.batch(batch).replace("\n", "\n  "));
    }
  }

  /** The memory after {@code calls} calls, each in its own session; -1 when it cannot be read. */
  private static long memoryAfter(PluginHandle handle, List<PluginRecord> batch, int calls) {
    long memory = -1;
    for (int i = 0; i < calls; i++) {
      try (PluginSession session = handle.openSession()) {
        BatchResult result = session.processBatch(batch);
        if (result.failure().isPresent()
            && result.failure().get().kind() != FailureKind.PLUGIN_ERROR) {
          return -1; // the instance was discarded: memory is another instance's from here on
        }
        memory = session.memoryBytes();
      }
    }
    return memory;
  }

  @Override
  public void close() {
    threads.shutdownNow();
    super.close();
  }
}
