package io.dataflare.plugin;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The {@code [config]} table of a plugin's {@code plugin.toml}, handed to {@link
 * DataFlarePlugin#init}. Values are strings, booleans, longs, doubles, lists or nested maps, as
 * TOML gives them.
 */
@API(status = STABLE, since = "0.1")
public final class PluginConfig {
  private static final PluginConfig EMPTY = new PluginConfig(Map.of());

  private final Map<String, Object> values;

  private PluginConfig(Map<String, Object> values) {
    this.values = values;
  }

  /** An empty configuration. */
  public static PluginConfig empty() {
    return EMPTY;
  }

  /** A configuration holding a copy of these values. */
  public static PluginConfig of(Map<String, ?> values) {
    return values.isEmpty()
        ? EMPTY
        : new PluginConfig(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
  }

  /** All values, unmodifiable, in file order. */
  public Map<String, Object> asMap() {
    return values;
  }

  /** The value for {@code key}, if present. */
  public Optional<Object> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** The value for {@code key} as text, or {@code fallback} when absent. */
  public String getString(String key, String fallback) {
    Object value = values.get(key);
    return value == null ? fallback : value.toString();
  }

  /**
   * The value for {@code key} as a long, or {@code fallback} when absent.
   *
   * @throws IllegalArgumentException naming the key when the value is not a whole number
   */
  public long getLong(String key, long fallback) {
    Object value = values.get(key);
    if (value == null) {
      return fallback;
    }
    if (value instanceof Number number) {
      return number.longValue();
    }
    try {
      return Long.parseLong(value.toString());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Config key [" + key + "] must be a whole number but was [" + value + "]", e);
    }
  }

  /** Whether the configuration is empty. */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
