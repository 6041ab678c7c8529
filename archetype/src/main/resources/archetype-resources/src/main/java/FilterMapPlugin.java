package ${package};

import io.dataflare.plugin.DataFlarePlugin;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginResult;
import io.dataflare.plugin.PluginType;

/**
 * A filter_map: drops the records with an empty value and upper-cases the others (ASCII letters;
 * other bytes pass unchanged).
 */
public final class FilterMapPlugin implements DataFlarePlugin {
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
    return PluginType.FILTER_MAP;
  }

  @Override
  public PluginResult process(PluginRecord record) {
    if (record.valueLength() == 0) {
      return PluginResult.drop();
    }
    return PluginResult.replace(upperCased(record));
  }

  /** The value with its ASCII letters upper-cased. */
  private static byte[] upperCased(PluginRecord record) {
    byte[] value = record.valueBytes();
    for (int i = 0; i < value.length; i++) {
      if (value[i] >= 'a' && value[i] <= 'z') {
        value[i] = (byte) (value[i] - 32);
      }
    }
    return value;
  }
}
