package io.dataflare.samples.jsonupper;

import io.dataflare.plugin.DataFlarePlugin;
import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginConfig;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginResult;
import io.dataflare.plugin.PluginType;
import java.nio.charset.StandardCharsets;

/**
 * The Java twin of the WASM plugin in {@code src/main/c/json_map.c}: in each record's value, a JSON
 * object, upper-cases the string value of the top-level field named by the config key {@code
 * field} (default {@code name}). It follows the C scanner step by step, limits included, so the
 * two give the same output for every input, failures and their messages too: the spec files
 * {@code json-upper.toml} and {@code json-upper-java.toml} hold the same cases.
 */
public final class JsonUpperPlugin implements DataFlarePlugin {
  private static final int FIELD_MAX = 64;

  private byte[] field = "name".getBytes(StandardCharsets.UTF_8);

  @Override
  public String name() {
    return "json-upper-java";
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
    byte[] configured = config.getString("field", "name").getBytes(StandardCharsets.UTF_8);
    if (configured.length == 0 || configured.length > FIELD_MAX) {
      throw new IllegalArgumentException(
          "config [field] must be 1 to " + FIELD_MAX + " bytes but has " + configured.length);
    }
    field = configured;
  }

  @Override
  public PluginResult process(PluginRecord record) {
    byte[] value = record.valueBytes();
    JsonScanner scanner = new JsonScanner(value);
    int[] span = scanner.findStringField(field);
    if (scanner.error() != null) {
      return PluginResult.failure(
          FailureKind.PLUGIN_ERROR, scanner.error() + " at byte " + scanner.position());
    }
    if (span == null) {
      return PluginResult.keep();
    }
    for (int k = span[0]; k < span[1]; k++) {
      if (value[k] == '\\') {
        k++; // an escape sequence's next byte stays as it is
      } else if (value[k] >= 'a' && value[k] <= 'z') {
        value[k] -= 32;
      }
    }
    return PluginResult.replace(value);
  }
}
