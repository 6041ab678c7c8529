package io.dataflare.plugin;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
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
   * Processes a batch into {@code output}, without a result object per record: the form to override
   * when most records produce nothing (an aggregate emits once per window) or a batch is processed
   * as a whole. See {@link BatchOutput} for its rules; a record given nothing is dropped. The
   * runtime calls this form when a plugin overrides it, and {@link #processBatch(List)} otherwise.
   * The default passes on the results of {@link #processBatch(List)}.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  default void processBatch(List<PluginRecord> records, BatchOutput output) {
    List<PluginResult> results = processBatch(records);
    for (int i = 0; i < results.size(); i++) {
      PluginResult result = results.get(i);
      if (result instanceof PluginResult.Keep) {
        output.keep(i);
      } else if (result instanceof PluginResult.Replace replace) {
        output.replace(i, replace.value());
      } else if (result instanceof PluginResult.Emit emit) {
        for (byte[] value : emit.values()) {
          output.emit(i, value);
        }
      } else if (result instanceof PluginResult.Failure failure) {
        output.fail(i, failure.message());
        return;
      }
    }
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
