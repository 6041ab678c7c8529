package io.dataflare.plugin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Where {@link DataFlarePlugin#processBatch(java.util.List, BatchOutput)} puts what a batch
 * produced, by the index of the input record it came from: the batch form of {@link PluginResult}
 * without one result object per record (as Flink's {@code Collector} is to a returned list).
 *
 * <p>Rules, checked by the runtime (a broken rule fails the call as {@link
 * FailureKind#PLUGIN_ERROR} naming the record):
 *
 * <ul>
 *   <li>A record given nothing is dropped, so an aggregate that emits once per window says nothing
 *       about the other records. A {@code map} must pass every record on.
 *   <li>Outputs follow the input order: an index is never smaller than the one before.
 *   <li>One {@link #keep} or {@link #replace} per record; {@link #emit} may repeat for one record
 *       (flat_map and aggregate only) but does not mix with keep or replace for it.
 *   <li>The plugin type limits the calls as it limits results: a filter only keeps; emit is for
 *       flat_map and aggregate.
 * </ul>
 *
 * <p>An output is valid only during the call it was passed to.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface BatchOutput {

  /** Passes input record {@code index} on unchanged (no copy). */
  void keep(int index);

  /**
   * Passes input record {@code index} on with this value (taken, not copied); key and metadata are
   * kept. Not for filters.
   */
  void replace(int index, byte[] value);

  /**
   * Emits one record with this value (taken, not copied) and the key and metadata of input record
   * {@code index}; call again for more. For flat_map and aggregate plugins.
   */
  void emit(int index, byte[] value);

  /**
   * The plugin could not process input record {@code index}: the call fails with this message once
   * {@code processBatch} returns (later outputs are ignored).
   */
  void fail(int index, String message);
}
