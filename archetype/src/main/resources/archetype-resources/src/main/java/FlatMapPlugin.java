package ${package};

import io.dataflare.plugin.DataFlarePlugin;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginResult;
import io.dataflare.plugin.PluginType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A flat_map: splits each record's value at commas and emits one record per non-empty part
 * ({@code "a,,b"} gives {@code "a"} and {@code "b"}).
 */
public final class FlatMapPlugin implements DataFlarePlugin {
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
    return PluginType.FLAT_MAP;
  }

  @Override
  public PluginResult process(PluginRecord record) {
    byte[] value = record.valueBytes();
    List<byte[]> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= value.length; i++) {
      if (i == value.length || value[i] == ',') {
        if (i > start) {
          parts.add(Arrays.copyOfRange(value, start, i));
        }
        start = i + 1;
      }
    }
    return PluginResult.emit(parts);
  }
}
