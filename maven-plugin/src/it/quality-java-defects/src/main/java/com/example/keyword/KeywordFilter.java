package com.example.keyword;

import io.dataflare.plugin.DataFlarePlugin;
import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginConfig;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginResult;
import io.dataflare.plugin.PluginType;

/** Keeps the records whose value contains the configured keyword; an empty record is an error. */
public final class KeywordFilter implements DataFlarePlugin {
  private String keyword = "error";
  private long minLength = 1;

  @Override
  public String name() {
    return "keyword-filter";
  }

  @Override
  public String version() {
    return "1.2.0";
  }

  @Override
  public PluginType pluginType() {
    return PluginType.FILTER;
  }

  @Override
  public void init(PluginConfig config) {
    keyword = config.getString("keyword", "error");
    minLength = config.getLong("min_length", 1);
  }

  @Override
  public PluginResult process(PluginRecord record) {
    if (record.valueLength() == 0) {
      return PluginResult.failure(FailureKind.PLUGIN_ERROR, "empty record: a log line needs text");
    }
    if (record.valueLength() < minLength) {
      return PluginResult.drop();
    }
    return record.valueAsString().contains(keyword) ? PluginResult.keep() : PluginResult.drop();
  }
}
