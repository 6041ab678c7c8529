package io.dataflare.bench.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.PluginBenchmark;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One benchmark of a plan: the spec's {@link PluginBenchmark} (input, data size, targets), the
 * plugin it measures and how a forked JVM finds that plugin. Immutable; the SHA-256 of the batch is
 * computed when it is built.
 *
 * <p>The benchmark id is {@code <plugin name>/<benchmark name>}, e.g. {@code
 * error-filter/filter-100B}: it names the benchmark in JMH's JSON ({@code params.benchmarkId}), in
 * baselines and in messages.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PlannedBenchmark {
  private final String pluginName;
  private final String pluginVersion;
  private final PluginLocator plugin;
  private final PluginBenchmark spec;
  private final @Nullable String moduleSha256;
  private final @Nullable String source;
  private final String inputSha256;

  private PlannedBenchmark(Builder builder) {
    this.pluginName = builder.pluginName;
    this.pluginVersion = builder.pluginVersion;
    this.plugin = builder.plugin;
    this.spec = builder.spec;
    this.moduleSha256 = builder.moduleSha256;
    this.source = builder.source;
    this.inputSha256 = InputDigest.sha256(spec.batch());
  }

  /**
   * Starts a plan entry for benchmark {@code spec} of plugin {@code pluginName}, whose plugin a
   * forked JVM finds through {@code plugin}.
   */
  public static Builder builder(String pluginName, PluginLocator plugin, PluginBenchmark spec) {
    return new Builder(pluginName, plugin, spec);
  }

  /** {@code <plugin name>/<benchmark name>}. */
  public String id() {
    return pluginName + "/" + spec.name();
  }

  /** The benchmark as the spec gives it: name, input, data size, iterations and targets. */
  public PluginBenchmark spec() {
    return spec;
  }

  public String pluginName() {
    return pluginName;
  }

  public String pluginVersion() {
    return pluginVersion;
  }

  /** How a forked JVM finds the plugin. */
  public PluginLocator plugin() {
    return plugin;
  }

  /** Records per batch call. */
  public int dataSize() {
    return spec.dataSize();
  }

  /** The batch each call processes: the input records repeated in order to the data size. */
  public List<PluginRecord> batch() {
    return spec.batch();
  }

  /** SHA-256 (hex) of the WASM module, or empty for a native plugin. */
  public Optional<String> moduleSha256() {
    return Optional.ofNullable(moduleSha256);
  }

  /** SHA-256 (hex) of the batch in the harness's fixed binary encoding of records. */
  public String inputSha256() {
    return inputSha256;
  }

  /** Where the benchmark is declared ({@code file:line} or a spec method), if known. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  @Override
  public String toString() {
    return "PlannedBenchmark[" + id() + ", " + dataSize() + " records, " + plugin.describe() + "]";
  }

  /** Builds a {@link PlannedBenchmark}; validated by {@link #build()}. */
  public static final class Builder {
    private final String pluginName;
    private final PluginLocator plugin;
    private final PluginBenchmark spec;
    private String pluginVersion = "0.0.0";
    private @Nullable String moduleSha256;
    private @Nullable String source;

    private Builder(String pluginName, PluginLocator plugin, PluginBenchmark spec) {
      this.pluginName = Objects.requireNonNull(pluginName, "pluginName");
      this.plugin = Objects.requireNonNull(plugin, "plugin");
      this.spec = Objects.requireNonNull(spec, "spec");
    }

    public Builder pluginVersion(String version) {
      this.pluginVersion = Objects.requireNonNull(version, "version");
      return this;
    }

    /** SHA-256 (hex) of the WASM module; the forks check the module still has it. */
    public Builder moduleSha256(@Nullable String sha256) {
      this.moduleSha256 = sha256;
      return this;
    }

    /** Where the benchmark is declared, for messages; defaults to the spec's source. */
    public Builder source(@Nullable String source) {
      this.source = source;
      return this;
    }

    /**
     * Builds the entry.
     *
     * @throws IllegalArgumentException naming the benchmark and the fix when the plugin name is
     *     blank
     */
    public PlannedBenchmark build() {
      if (pluginName.isBlank()) {
        throw new IllegalArgumentException(
            "Benchmark ["
                + spec.name()
                + "] has a blank plugin name (fix: name the plugin in"
                + " plugin.toml)");
      }
      if (source == null) {
        source = spec.source().map(Object::toString).orElse(null);
      }
      return new PlannedBenchmark(this);
    }
  }
}
