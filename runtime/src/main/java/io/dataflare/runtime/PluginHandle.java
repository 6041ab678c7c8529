package io.dataflare.runtime;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.plugin.PluginRecord;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A loaded plugin: calls borrow a pooled instance, run under the handle's limits, and return it.
 *
 * <p>Calls never throw for plugin misbehaviour: a timeout, trap, limit or plugin error comes back
 * as a failed {@link BatchResult}, and the instance involved is discarded, not returned to the
 * pool. Handles are thread-safe; each instance is used by one thread at a time.
 */
@API(status = STABLE, since = "0.1")
public interface PluginHandle {

  /** The manifest this handle was loaded from, with its effective limits. */
  PluginManifest manifest();

  /** The plugin's name. */
  default String name() {
    return manifest().plugin().name();
  }

  /** Processes one record under the manifest's limits. */
  default BatchResult process(PluginRecord record) {
    return processBatch(List.of(record));
  }

  /** Processes a batch on one pooled instance under the manifest's limits. */
  default BatchResult processBatch(List<PluginRecord> records) {
    return processBatch(records, defaultLimits());
  }

  /** Processes a batch on one pooled instance under these limits. */
  BatchResult processBatch(List<PluginRecord> records, CallLimits limits);

  /**
   * Processes a batch on up to {@code parallelism} pooled instances at once and joins the outputs
   * in input order. The batch is cut into chunks of consecutive records (a few hundred, or each
   * instance's share under an instruction budget, which then holds per instance); each instance
   * takes the next chunk as it finishes the last, one call per chunk, so one that is held up takes
   * fewer. The first failure (by record index) fails the whole batch. An aggregate, whose state
   * needs one instance, runs as {@link #processBatch(List, CallLimits)}.
   */
  BatchResult processBatchParallel(List<PluginRecord> records, int parallelism, CallLimits limits);

  /**
   * Borrows one instance for a sequence of batches that share state (an aggregate's accumulator).
   * The instance is reset and returned when the session closes.
   */
  PluginSession openSession(CallLimits limits);

  /** A session under the manifest's limits. */
  default PluginSession openSession() {
    return openSession(defaultLimits());
  }

  /** The manifest's limits: its {@code max_execution_time_ms}, no budget, no counting. */
  CallLimits defaultLimits();

  /** Creates instances until {@code instances} are idle in the pool, so first calls are warm. */
  void warmUp(int instances);

  /** Calls, records, failures by kind and latency of this handle so far. */
  HandleMetrics metrics();

  /** Borrows, waits, creations, discards and compile-cache hits of this handle's pool. */
  PoolStatistics poolStatistics();
}
