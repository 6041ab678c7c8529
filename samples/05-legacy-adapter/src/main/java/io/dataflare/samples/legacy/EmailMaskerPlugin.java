package io.dataflare.samples.legacy;

import com.acme.legacy.EmailMasker;
import io.dataflare.plugin.DataFlarePlugin;
import io.dataflare.plugin.PluginConfig;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginResult;
import io.dataflare.plugin.PluginType;
import io.dataflare.plugin.legacy.LegacyPluginAdapter;
import java.util.List;

/**
 * The bridge that lets {@code plugin.toml} name the old plugin: a {@link DataFlarePlugin} with a
 * no-argument constructor that runs {@link EmailMasker} through {@link LegacyPluginAdapter}. The
 * old code stays untouched; only this class is new.
 */
public final class EmailMaskerPlugin implements DataFlarePlugin {
  @SuppressWarnings("deprecation")
  private final LegacyPluginAdapter adapter = new LegacyPluginAdapter(new EmailMasker());

  @Override
  public String name() {
    return adapter.name();
  }

  @Override
  public String version() {
    return adapter.version();
  }

  @Override
  public PluginType pluginType() {
    return adapter.pluginType();
  }

  @Override
  public void init(PluginConfig config) {
    adapter.init(config);
  }

  @Override
  public PluginResult process(PluginRecord record) {
    return adapter.process(record);
  }

  @Override
  public List<PluginResult> processBatch(List<PluginRecord> records) {
    return adapter.processBatch(records);
  }
}
