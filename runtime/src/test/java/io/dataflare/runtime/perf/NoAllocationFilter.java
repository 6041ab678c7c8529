package io.dataflare.runtime.perf;

import io.dataflare.plugin.DataFlarePlugin;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginResult;
import io.dataflare.plugin.PluginType;

/** A native filter that allocates nothing: keeps the records whose value starts with 'k'. */
public final class NoAllocationFilter implements DataFlarePlugin {
  @Override
  public String name() {
    return "no-allocation-filter";
  }

  @Override
  public String version() {
    return "1.0.0";
  }

  @Override
  public PluginType pluginType() {
    return PluginType.FILTER;
  }

  @Override
  public PluginResult process(PluginRecord record) {
    return record.valueLength() > 0 && record.valueAt(0) == 'k'
        ? PluginResult.keep()
        : PluginResult.drop();
  }
}
