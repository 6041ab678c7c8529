package io.dataflare.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.plugin.DataFlarePlugin;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.PluginRuntime;
import io.dataflare.testkit.internal.CodePluginSource;
import io.dataflare.testkit.internal.ManifestFilePluginSource;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * Which plugin a suite tests: a {@code plugin.toml} (parsed lazily, so discovery stays cheap) or a
 * native plugin given in code.
 */
@API(status = STABLE, since = "0.1")
public interface PluginSource {

  /**
   * The plugin a {@code plugin.toml} describes. Nothing is read until {@link #manifest()} or {@link
   * #load} is called. Two sources for the same file (after normalising the path) are equal.
   */
  static PluginSource manifest(Path pluginToml) {
    return new ManifestFilePluginSource(pluginToml);
  }

  /** A native plugin made by {@code factory}, described by {@code manifest}. */
  static PluginSource of(PluginManifest manifest, Supplier<? extends DataFlarePlugin> factory) {
    return new CodePluginSource(manifest, factory);
  }

  /** A short name for reports: the manifest path, or the plugin name for a plugin in code. */
  String displayName();

  /**
   * The manifest, parsed on the first call and kept.
   *
   * @throws io.dataflare.runtime.ManifestException when the {@code plugin.toml} is malformed
   */
  PluginManifest manifest();

  /** The manifest's {@code [runtime]} limits: the defaults of every case of this plugin. */
  default PluginManifest.Runtime defaultLimits() {
    return manifest().runtime();
  }

  /**
   * The limits to run a case under: the manifest's, with the case's memory limit and timeout where
   * it gives them. Load the plugin with these for the case's memory limit to apply.
   */
  default PluginManifest.Runtime limitsFor(PluginTestCase testCase) {
    PluginManifest.Runtime limits = defaultLimits();
    if (testCase.memoryLimitMb().isPresent()) {
      limits = limits.withMaxMemoryMb(testCase.memoryLimitMb().getAsInt());
    }
    if (testCase.timeout().isPresent()) {
      limits = limits.withMaxExecutionTimeMs(Math.max(1, testCase.timeout().get().toMillis()));
    }
    return limits;
  }

  /**
   * Loads the plugin into {@code runtime} with these limits instead of the manifest's.
   *
   * @throws io.dataflare.runtime.ManifestException when the manifest is malformed
   * @throws io.dataflare.runtime.PluginException when the plugin cannot be loaded
   */
  PluginHandle load(PluginRuntime runtime, PluginManifest.Runtime limits);
}
