package io.dataflare.plugin;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A record processor: the one interface every native DataFlare plugin implements.
 *
 * <p>Lifecycle: the runtime creates an instance, calls {@link #init} once with the {@code [config]}
 * table of {@code plugin.toml}, then calls {@link #process} or {@link #processBatch} any number of
 * times from one thread at a time, and finally {@link #close}. The runtime pools instances: an
 * instance may serve many callers one after the other, and {@link #reset} is called before it
 * serves a new one, so an aggregate starts from an empty accumulator.
 *
 * <p>A plugin reports a bad record by returning {@link PluginResult#failure}; an exception thrown
 * from {@code process} becomes a {@link FailureKind#PLUGIN_ERROR} naming the record.
 */
@API(status = STABLE, since = "0.1")
public interface DataFlarePlugin extends AutoCloseable {

  /** The plugin's name, as in {@code [plugin] name}. */
  String name();

  /** The plugin's version, as in {@code [plugin] version}. */
  String version();

  /** What the plugin does to records. */
  PluginType pluginType();

  /** Receives the {@code [config]} table once, before the first record. */
  default void init(PluginConfig config) {}

  /** Processes one record. Must not keep a reference to the record's views after returning. */
  PluginResult process(PluginRecord record);

  /**
   * Processes a batch, returning one result per record in order. The default calls {@link #process}
   * for each record; override it when a batch can be processed faster as a whole.
   */
  default List<PluginResult> processBatch(List<PluginRecord> records) {
    List<PluginResult> results = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      results.add(process(records.get(i)));
    }
    return results;
  }

  /**
   * Forgets state carried across records (an aggregate's accumulator). Called before a pooled
   * instance serves a new caller. Stateless plugins need not override it.
   */
  default void reset() {}

  /** Releases resources. The instance is not used afterwards. */
  @Override
  default void close() {}
}
