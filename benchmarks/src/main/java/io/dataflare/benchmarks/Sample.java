package io.dataflare.benchmarks;

import io.dataflare.benchmarks.twins.ErrorFilter;
import io.dataflare.benchmarks.twins.JsonUpperMap;
import io.dataflare.benchmarks.twins.RecordStats;
import io.dataflare.plugin.DataFlarePlugin;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.PluginManifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/** The three sample WASM plugins of {@code samples/}, each with its native Java twin. */
public enum Sample {
  FILTER("01-wasm-filter", PluginType.FILTER, ErrorFilter::new),
  MAP("02-wasm-map", PluginType.MAP, JsonUpperMap::new),
  AGGREGATE("03-wasm-aggregate", PluginType.AGGREGATE, RecordStats::new);

  /** Where the samples are: {@code -Ddataflare.samples=...}, else found from the working dir. */
  private static final String SAMPLES_PROPERTY = "dataflare.samples";

  private final String folder;
  private final PluginType type;
  private final Supplier<DataFlarePlugin> twin;

  Sample(String folder, PluginType type, Supplier<DataFlarePlugin> twin) {
    this.folder = folder;
    this.type = type;
    this.twin = twin;
  }

  public PluginType type() {
    return type;
  }

  /** The sample's {@code plugin.toml}. */
  public Path manifest() {
    return samplesDirectory().resolve(folder).resolve("plugin.toml");
  }

  /** The sample's WASM module. */
  public Path module() {
    return samplesDirectory().resolve(folder).resolve("plugin").resolve(moduleFile());
  }

  private String moduleFile() {
    return switch (this) {
      case FILTER -> "filter.wasm";
      case MAP -> "json_map.wasm";
      case AGGREGATE -> "aggregate.wasm";
    };
  }

  /** A new native twin: the same logic written as a Java {@link DataFlarePlugin}. */
  public DataFlarePlugin newTwin() {
    return twin.get();
  }

  /** A manifest for the native twin (load it with {@link #newTwin} as the supplier). */
  public PluginManifest twinManifest() {
    DataFlarePlugin plugin = twin.get();
    return PluginManifest.builder(plugin.name(), type).version(plugin.version()).build();
  }

  /**
   * The {@code samples} folder: the system property {@code dataflare.samples}, else the first
   * {@code samples} folder found from the working directory upwards.
   */
  public static Path samplesDirectory() {
    String configured = System.getProperty(SAMPLES_PROPERTY);
    if (configured != null) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("samples").resolve("01-wasm-filter");
      if (Files.isDirectory(candidate)) {
        return dir.resolve("samples");
      }
    }
    throw new IllegalStateException(
        "no samples/01-wasm-filter folder above ["
            + Path.of("").toAbsolutePath()
            + "]: run from the repository or set -D"
            + SAMPLES_PROPERTY
            + "=<path to samples>");
  }
}
