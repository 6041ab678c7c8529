package ${package};

import io.dataflare.plugin.DataFlarePlugin;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginResult;
import io.dataflare.plugin.PluginType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An aggregate: counts the records across batches and, after each non-empty batch, emits the
 * running count as decimal text, attached to the batch's last record (so it carries that record's
 * key and metadata). The count lives in the instance until the runtime calls {@link #reset}.
 */
public final class AggregatePlugin implements DataFlarePlugin {
  private long count;

  @Override
  public String name() {
    return "${pluginName}";
  }

  @Override
  public String version() {
    return "${version}";
  }

  @Override
  public PluginType pluginType() {
    return PluginType.AGGREGATE;
  }

  @Override
  public PluginResult process(PluginRecord record) {
    return processBatch(List.of(record)).get(0);
  }

  // tag::batch[]
  /** Drops every record of the batch but the last, which carries the running count. */
  @Override
  public List<PluginResult> processBatch(List<PluginRecord> records) {
    count += records.size();
    List<PluginResult> results = new ArrayList<>(records.size());
    for (int i = 0; i < records.size() - 1; i++) {
      results.add(PluginResult.drop());
    }
    if (!records.isEmpty()) {
      byte[] total = Long.toString(count).getBytes(StandardCharsets.US_ASCII);
      results.add(PluginResult.emit(List.of(total)));
    }
    return results;
  }
  // end::batch[]

  @Override
  public void reset() {
    count = 0;
  }
}
