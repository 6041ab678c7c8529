package io.dataflare.samples.logparser;

import io.dataflare.plugin.DataFlarePlugin;
import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginConfig;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginResult;
import io.dataflare.plugin.PluginType;
import java.util.Locale;

/**
 * A native Java filter_map: turns log lines {@code LEVEL message} into JSON {@code
 * {"level":"LEVEL","message":"message"}}, drops blank lines and lines below the config key {@code
 * min_level} (default {@code DEBUG}), and fails a line whose level it does not know.
 */
public final class LogParserPlugin implements DataFlarePlugin {
  private Level minimum = Level.DEBUG;

  @Override
  public String name() {
    return "log-parser";
  }

  @Override
  public String version() {
    return "0.1.0";
  }

  @Override
  public PluginType pluginType() {
    return PluginType.FILTER_MAP;
  }

  @Override
  public void init(PluginConfig config) {
    String configured = config.getString("min_level", "DEBUG");
    minimum =
        Level.parse(configured)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "config [min_level] is [" + configured + "]: use one of " + Level.names()));
  }

  @Override
  public PluginResult process(PluginRecord record) {
    String line = record.valueAsString().strip();
    if (line.isEmpty()) {
      return PluginResult.drop();
    }
    int space = line.indexOf(' ');
    String word = space < 0 ? line : line.substring(0, space);
    String message = space < 0 ? "" : line.substring(space + 1).strip();
    Level level = Level.parse(word).orElse(null);
    if (level == null) {
      return PluginResult.failure(
          FailureKind.PLUGIN_ERROR,
          "unknown level [" + word + "]: a line starts with one of " + Level.names());
    }
    if (level.compareTo(minimum) < 0) {
      return PluginResult.drop();
    }
    return PluginResult.replace(
        "{\"level\":\"" + level + "\",\"message\":" + JsonText.quote(message) + "}");
  }

  /** The levels, lowest first. */
  enum Level {
    DEBUG,
    INFO,
    WARN,
    ERROR;

    static java.util.Optional<Level> parse(String text) {
      String upper = text.toUpperCase(Locale.ROOT);
      for (Level level : values()) {
        if (level.name().equals(upper)) {
          return java.util.Optional.of(level);
        }
      }
      return java.util.Optional.empty();
    }

    static String names() {
      return java.util.Arrays.toString(values());
    }
  }
}
