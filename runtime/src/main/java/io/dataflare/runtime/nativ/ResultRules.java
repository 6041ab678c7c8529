package io.dataflare.runtime.nativ;

import io.dataflare.plugin.PluginResult;
import io.dataflare.plugin.PluginType;
import org.jspecify.annotations.Nullable;

/** Which results each plugin type may return. */
final class ResultRules {
  private ResultRules() {}

  /** Why {@code result} does not fit {@code type}, or {@code null} when it does. */
  static @Nullable String violation(PluginType type, PluginResult result) {
    if (result instanceof PluginResult.Keep || result instanceof PluginResult.Failure) {
      return null;
    }
    if (result instanceof PluginResult.Drop) {
      return type == PluginType.MAP
          ? "a map plugin must pass every record on; declare type = \"filter_map\" to drop records"
          : null;
    }
    if (result instanceof PluginResult.Replace) {
      return type == PluginType.FILTER
          ? "a filter only keeps or drops records; declare type = \"map\" or \"filter_map\" to"
              + " change values"
          : null;
    }
    return type == PluginType.FLAT_MAP || type == PluginType.AGGREGATE
        ? null
        : "emit is for flat_map and aggregate plugins; declare type = \"flat_map\" to emit several"
            + " records for one";
  }
}
