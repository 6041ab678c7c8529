package io.dataflare.benchmarks.twins;

import io.dataflare.plugin.DataFlarePlugin;
import io.dataflare.plugin.PluginConfig;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginResult;
import io.dataflare.plugin.PluginType;
import java.nio.charset.StandardCharsets;

/** Sample 01's twin: keeps the records whose value contains the config key {@code needle}. */
public final class ErrorFilter implements DataFlarePlugin {
  private byte[] needle = Needle.ERROR;

  @Override
  public String name() {
    return "error-filter-twin";
  }

  @Override
  public String version() {
    return "0.1.0";
  }

  @Override
  public PluginType pluginType() {
    return PluginType.FILTER;
  }

  @Override
  public void init(PluginConfig config) {
    needle = config.getString("needle", "error").getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public PluginResult process(PluginRecord record) {
    return Needle.in(record, needle) ? PluginResult.keep() : PluginResult.drop();
  }
}
