package io.dataflare.runtime;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.plugin.PluginRecord;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One pooled instance held for several batches, so state carries across them. Not thread-safe.
 * After a failed batch the instance is discarded and the next batch runs on a fresh one, so state
 * restarts; the failed result says so.
 */
@API(status = STABLE, since = "0.1")
public interface PluginSession extends AutoCloseable {

  /** Processes the next batch on the session's instance. */
  BatchResult processBatch(List<PluginRecord> records);

  /**
   * The linear memory of the WASM instance this session holds, in bytes, read between batches: the
   * compatibility properties watch it to catch a plugin whose memory grows with every call. -1 for
   * a native plugin, and before the first batch or after a failure that discarded the instance.
   */
  default long memoryBytes() {
    return -1;
  }

  /** Resets the instance and returns it to the pool. */
  @Override
  void close();
}
