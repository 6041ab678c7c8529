package io.dataflare.benchmarks.twins;

import io.dataflare.plugin.BatchOutput;
import io.dataflare.plugin.DataFlarePlugin;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginResult;
import io.dataflare.plugin.PluginType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Sample 03's twin: counts records and sums value lengths across batches, emitting {@code
 * {"count":N,"bytes":M}} on each non-empty batch's last record.
 */
public final class RecordStats implements DataFlarePlugin {
  private long count;
  private long bytes;

  @Override
  public String name() {
    return "record-stats-twin";
  }

  @Override
  public String version() {
    return "0.1.0";
  }

  @Override
  public PluginType pluginType() {
    return PluginType.AGGREGATE;
  }

  @Override
  public PluginResult process(PluginRecord record) {
    count++;
    bytes += record.valueLength();
    return PluginResult.emit(List.of(json(count, bytes)));
  }

  @Override
  public List<PluginResult> processBatch(List<PluginRecord> records) {
    List<PluginResult> results = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      count++;
      bytes += records.get(i).valueLength();
      results.add(
          i == records.size() - 1
              ? PluginResult.emit(List.of(json(count, bytes)))
              : PluginResult.drop());
    }
    return results;
  }

  /**
   * The batch form the runtime calls: no result per record, one emit on the batch's last record
   * (what the aggregate produces), so the runtime handles one output instead of 10,000 drops.
   */
  @Override
  public void processBatch(List<PluginRecord> records, BatchOutput output) {
    for (int i = 0; i < records.size(); i++) {
      count++;
      bytes += records.get(i).valueLength();
    }
    if (!records.isEmpty()) {
      output.emit(records.size() - 1, json(count, bytes));
    }
  }

  /** The sample's output value. */
  public static byte[] json(long count, long bytes) {
    return ("{\"count\":" + count + ",\"bytes\":" + bytes + "}").getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void reset() {
    count = 0;
    bytes = 0;
  }
}
