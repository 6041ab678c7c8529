package io.dataflare.plugin;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Locale;
import org.apiguardian.api.API;

/** What a plugin does to the records it receives. */
@API(status = STABLE, since = "0.1")
public enum PluginType {
  /** Keeps or drops each record; never changes it. */
  FILTER,
  /** Replaces each record's value; never drops one. */
  MAP,
  /** Drops some records and replaces the values of the others. */
  FILTER_MAP,
  /** Emits zero or more records for each input record. */
  FLAT_MAP,
  /** Folds records into an accumulator carried across records and batches, and emits from it. */
  AGGREGATE;

  /** The name used in {@code plugin.toml} and spec files: {@code filter}, {@code flat_map}... */
  public String manifestName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a manifest name such as {@code filter_map}.
   *
   * @throws IllegalArgumentException naming the accepted values when {@code name} is none of them
   */
  public static PluginType fromManifestName(String name) {
    for (PluginType type : values()) {
      if (type.manifestName().equals(name)) {
        return type;
      }
    }
    throw new IllegalArgumentException(
        "Unknown plugin type ["
            + name
            + "]: use one of filter, map, filter_map, flat_map, aggregate");
  }
}
