package com.example;

import io.dataflare.plugin.DataFlarePlugin;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginResult;
import io.dataflare.plugin.PluginType;
import java.util.Locale;

public final class Upper implements DataFlarePlugin {
  @Override
  public String name() {
    return "upper";
  }

  @Override
  public String version() {
    return "1.0.0";
  }

  @Override
  public PluginType pluginType() {
    return PluginType.MAP;
  }

  @Override
  public PluginResult process(PluginRecord record) {
    return PluginResult.replace(record.valueAsString().toUpperCase(Locale.ROOT));
  }
}
