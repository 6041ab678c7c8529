package io.dataflare.runtime;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.plugin.DataFlarePlugin;
import io.dataflare.runtime.internal.RuntimeCore;
import io.dataflare.runtime.wasm.FunctionCoverage;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Loads plugins and runs them on pooled instances. One runtime shares a compile cache across all
 * plugins it loads; close it to release every pool and worker thread.
 *
 * <pre>{@code
 * try (PluginRuntime runtime = PluginRuntime.builder().build()) {
 *   PluginHandle filter = runtime.load(Path.of("plugin.toml"));
 *   BatchResult result = filter.processBatch(records);
 * }
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class PluginRuntime implements AutoCloseable {

  private final RuntimeCore core;

  private PluginRuntime(Builder builder) {
    this.core =
        new RuntimeCore(
            builder.executionMode, builder.securityPolicy, builder.poolSize, builder.coverage);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a {@code plugin.toml} and loads the plugin it describes.
   *
   * @throws ManifestException naming the file, line and key when the manifest is malformed
   * @throws PluginException with {@code INVALID_MODULE}, {@code POLICY_VIOLATION} or {@code
   *     ABI_VIOLATION} when the plugin cannot be loaded
   */
  public PluginHandle load(Path pluginToml) {
    return load(ManifestParser.parse(pluginToml));
  }

  /**
   * Loads the plugin a manifest describes: a WASM module when it names one, otherwise the Java
   * class it names or the only {@link DataFlarePlugin} found by {@link java.util.ServiceLoader}.
   * Loading the same module again is a compile-cache hit.
   */
  public PluginHandle load(PluginManifest manifest) {
    return core.load(manifest);
  }

  /** Loads a native plugin made by {@code factory}, one instance per pooled slot. */
  public PluginHandle load(PluginManifest manifest, Supplier<? extends DataFlarePlugin> factory) {
    return core.load(manifest, Objects.requireNonNull(factory, "factory"));
  }

  /** How WASM code runs in this runtime. */
  public ExecutionMode executionMode() {
    return core.executionMode();
  }

  /** Closes every handle's pool and stops the worker threads. */
  @Override
  public void close() {
    core.close();
  }

  /** Configures a {@link PluginRuntime}. */
  public static final class Builder {
    private ExecutionMode executionMode = ExecutionMode.COMPILED;
    private SecurityPolicy securityPolicy = SecurityPolicy.defaults();
    private int poolSize = Math.max(2, java.lang.Runtime.getRuntime().availableProcessors());
    private @Nullable FunctionCoverage coverage;

    private Builder() {}

    /** Compiled (default) or interpreter. */
    public Builder withExecutionMode(ExecutionMode mode) {
      this.executionMode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    public Builder withSecurityPolicy(SecurityPolicy policy) {
      this.securityPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** Most instances per plugin; callers beyond it wait for one to come back. */
    public Builder withPoolSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("pool size must be at least 1 but was [" + size + "]");
      }
      this.poolSize = size;
      return this;
    }

    /**
     * Records which functions of each WASM module run (for coverage tools); needs {@link
     * ExecutionMode#INTERPRETER}, checked by {@link #build()}. Native plugins record nothing.
     */
    @API(status = org.apiguardian.api.API.Status.EXPERIMENTAL, since = "0.1")
    public Builder withFunctionCoverage(FunctionCoverage coverage) {
      this.coverage = Objects.requireNonNull(coverage, "coverage");
      return this;
    }

    /**
     * @throws IllegalArgumentException when function coverage is asked for in compiled mode
     */
    public PluginRuntime build() {
      return new PluginRuntime(this);
    }
  }
}
