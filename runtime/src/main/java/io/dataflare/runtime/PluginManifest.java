package io.dataflare.runtime;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.plugin.PluginConfig;
import io.dataflare.plugin.PluginType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A parsed {@code plugin.toml}: what the plugin is, how to load it, its limits, its tests and its
 * permissions. Read one with {@link ManifestParser}; build one in code with {@link #builder}.
 *
 * @param source the {@code plugin.toml} this came from, or {@code null} when built in code
 * @param plugin the {@code [plugin]} table
 * @param dataflare the {@code [dataflare]} table
 * @param build the {@code [build]} table, kept as written
 * @param runtime the {@code [runtime]} table, with defaults filled in
 * @param test the {@code [test]} table, with defaults filled in
 * @param permissions the {@code [permissions]} table
 * @param config the {@code [config]} table, handed to the plugin's {@code init}
 */
@API(status = STABLE, since = "0.1")
public record PluginManifest(
    @Nullable Path source,
    Plugin plugin,
    Dataflare dataflare,
    Map<String, Object> build,
    Runtime runtime,
    Test test,
    Permissions permissions,
    PluginConfig config) {

  public PluginManifest {
    Objects.requireNonNull(plugin, "plugin");
    Objects.requireNonNull(dataflare, "dataflare");
    build = Map.copyOf(build);
    Objects.requireNonNull(runtime, "runtime");
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(permissions, "permissions");
    Objects.requireNonNull(config, "config");
  }

  /**
   * {@code [plugin]}: exactly one of {@code module} (a WASM file, relative to the manifest) and
   * {@code className} (a Java entry point) is set, unless the class is found by {@code
   * ServiceLoader}.
   */
  public record Plugin(
      String name,
      String version,
      PluginType type,
      String description,
      @Nullable Path module,
      @Nullable String className) {
    public Plugin {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(description, "description");
    }

    /** Whether this plugin runs on the WASM backend. */
    public boolean isWasm() {
      return module != null;
    }
  }

  /** {@code [dataflare]}: the framework and ABI versions the plugin was written for. */
  public record Dataflare(String minVersion, int apiVersion) {
    public static final Dataflare DEFAULT = new Dataflare("0.1.0", 1);
  }

  /**
   * {@code [runtime]}: limits of each instance and call.
   *
   * @param maxMemoryMb linear memory limit of one WASM instance, in MiB
   * @param maxExecutionTimeMs time limit of one call, in milliseconds
   * @param batchSize preferred number of records per call
   */
  public record Runtime(int maxMemoryMb, long maxExecutionTimeMs, int batchSize) {
    public static final Runtime DEFAULT = new Runtime(64, 5_000, 1_000);

    public Runtime {
      if (maxMemoryMb < 1 || maxMemoryMb > 4096) {
        throw new IllegalArgumentException(
            "max_memory_mb must be between 1 and 4096 but was [" + maxMemoryMb + "]");
      }
      if (maxExecutionTimeMs < 1) {
        throw new IllegalArgumentException(
            "max_execution_time_ms must be at least 1 but was [" + maxExecutionTimeMs + "]");
      }
      if (batchSize < 1) {
        throw new IllegalArgumentException(
            "batch_size must be at least 1 but was [" + batchSize + "]");
      }
    }

    public Runtime withMaxMemoryMb(int mb) {
      return new Runtime(mb, maxExecutionTimeMs, batchSize);
    }

    public Runtime withMaxExecutionTimeMs(long ms) {
      return new Runtime(maxMemoryMb, ms, batchSize);
    }
  }

  /**
   * {@code [test]}: where the spec files are and what the build expects of them.
   *
   * @param testData directory of spec files, relative to the manifest
   * @param benchmarkEnabled whether benchmarks run
   * @param coverageThreshold minimum coverage in percent (0 to 100)
   */
  public record Test(String testData, boolean benchmarkEnabled, double coverageThreshold) {
    public static final Test DEFAULT = new Test("src/test/dataflare", true, 0);
  }

  /**
   * {@code [permissions]}: what the plugin may import.
   *
   * @param hostFunctions host functions the plugin needs, as {@code module.name} (e.g. {@code
   *     dataflare.log})
   * @param wasi whether the plugin needs WASI preview 1 (with no files, network or environment)
   */
  public record Permissions(List<String> hostFunctions, boolean wasi) {
    public static final Permissions NONE = new Permissions(List.of(), false);

    public Permissions {
      hostFunctions = List.copyOf(hostFunctions);
    }
  }

  /** The directory holding the manifest, against which relative paths resolve. */
  public Path directory() {
    return source == null ? Path.of("").toAbsolutePath() : source.toAbsolutePath().getParent();
  }

  /** The WASM module file, resolved against the manifest's directory. */
  public Optional<Path> modulePath() {
    return Optional.ofNullable(plugin.module()).map(m -> directory().resolve(m).normalize());
  }

  /** Where this manifest came from, for messages: its path, or the plugin name. */
  public String describeSource() {
    return source == null ? "plugin [" + plugin.name() + "]" : source.toString();
  }

  /** The same manifest with other runtime limits (used for per-case limits). */
  public PluginManifest withRuntime(Runtime newRuntime) {
    return new PluginManifest(
        source, plugin, dataflare, build, newRuntime, test, permissions, config);
  }

  /** Starts a manifest built in code, for a plugin of this name, type and backend. */
  public static Builder builder(String name, PluginType type) {
    return new Builder(name, type);
  }

  /** Builds a manifest in code; defaults match an empty {@code plugin.toml} table. */
  public static final class Builder {
    private final String name;
    private final PluginType type;
    private String version = "0.1.0";
    private String description = "";
    private @Nullable Path module;
    private @Nullable String className;
    private @Nullable Path source;
    private Runtime runtime = Runtime.DEFAULT;
    private Test test = Test.DEFAULT;
    private Permissions permissions = Permissions.NONE;
    private PluginConfig config = PluginConfig.empty();

    private Builder(String name, PluginType type) {
      this.name = Objects.requireNonNull(name, "name");
      this.type = Objects.requireNonNull(type, "type");
    }

    public Builder version(String version) {
      this.version = version;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** A WASM module; relative paths resolve against the source's directory. */
    public Builder module(Path module) {
      this.module = module;
      return this;
    }

    /** A native plugin class with a public no-argument constructor. */
    public Builder className(String className) {
      this.className = className;
      return this;
    }

    public Builder source(Path source) {
      this.source = source;
      return this;
    }

    public Builder runtime(Runtime runtime) {
      this.runtime = runtime;
      return this;
    }

    public Builder test(Test test) {
      this.test = test;
      return this;
    }

    public Builder permissions(Permissions permissions) {
      this.permissions = permissions;
      return this;
    }

    public Builder config(PluginConfig config) {
      this.config = config;
      return this;
    }

    public PluginManifest build() {
      return new PluginManifest(
          source,
          new Plugin(name, version, type, description, module, className),
          Dataflare.DEFAULT,
          Map.of(),
          runtime,
          test,
          permissions,
          config);
    }
  }
}
