package io.dataflare.benchmarks.twins;

import io.dataflare.plugin.DataFlarePlugin;
import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginConfig;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginResult;
import io.dataflare.plugin.PluginType;
import java.nio.charset.StandardCharsets;

/** Sample 02's twin: upper-cases the string value of the config key {@code field} (JSON). */
public final class JsonUpperMap implements DataFlarePlugin {
  private JsonUpper scanner = new JsonUpper("name".getBytes(StandardCharsets.UTF_8));

  @Override
  public String name() {
    return "json-upper-twin";
  }

  @Override
  public String version() {
    return "0.1.0";
  }

  @Override
  public PluginType pluginType() {
    return PluginType.MAP;
  }

  @Override
  public void init(PluginConfig config) {
    scanner = new JsonUpper(config.getString("field", "name").getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public PluginResult process(PluginRecord record) {
    // the value is copied once, as the WASM sample copies it into its output
    byte[] upper;
    try {
      upper = scanner.upper(record.valueBytes());
    } catch (IllegalArgumentException e) {
      return PluginResult.failure(FailureKind.PLUGIN_ERROR, e.getMessage());
    }
    return upper == null ? PluginResult.keep() : PluginResult.replace(upper);
  }
}
