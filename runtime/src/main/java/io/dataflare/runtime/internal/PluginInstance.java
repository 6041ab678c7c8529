package io.dataflare.runtime.internal;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.runtime.OutputRecord;
import java.util.List;

/**
 * One instance of a loaded plugin, as a backend provides it. The runtime core pools instances, runs
 * {@link #call} on a worker thread under a deadline, and discards an instance whose call failed
 * with anything but {@code PLUGIN_ERROR}.
 */
public interface PluginInstance extends AutoCloseable {

  /**
   * Processes a batch. Throws {@link PluginCallException} for every failure it can name; an
   * interrupt (the deadline) may surface as any exception, and the core classifies it.
   */
  List<OutputRecord> call(List<PluginRecord> batch, CallMeter meter) throws PluginCallException;

  /** Forgets state carried across batches; throwing means the instance is discarded. */
  void reset() throws PluginCallException;

  /** Current linear memory in bytes (WASM), or -1 when not applicable (native). */
  long memoryBytes();

  /** Releases the instance; never throws. */
  @Override
  void close();

  /**
   * What {@link #close} releases, as an object that does not reach the instance's memory: when the
   * handle owning the instance is dropped without being closed, the runtime closes this, so the
   * instance itself can be collected at once. The same object for the instance's whole life; the
   * instance itself by default.
   */
  default AutoCloseable resources() {
    return this;
  }
}
