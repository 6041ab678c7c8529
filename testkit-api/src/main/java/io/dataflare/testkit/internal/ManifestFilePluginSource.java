package io.dataflare.testkit.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.runtime.ManifestParser;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.PluginRuntime;
import io.dataflare.testkit.PluginSource;
import java.nio.file.Path;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** A plugin described by a {@code plugin.toml}, parsed on first use. */
@API(status = INTERNAL, since = "0.1")
public final class ManifestFilePluginSource implements PluginSource {
  private final Path pluginToml;
  private volatile @Nullable PluginManifest manifest;

  public ManifestFilePluginSource(Path pluginToml) {
    this.pluginToml = pluginToml.toAbsolutePath().normalize();
  }

  /** The {@code plugin.toml}, absolute and normalised. */
  public Path path() {
    return pluginToml;
  }

  @Override
  public String displayName() {
    return pluginToml.toString();
  }

  @Override
  public PluginManifest manifest() {
    PluginManifest parsed = manifest;
    if (parsed == null) {
      synchronized (this) {
        parsed = manifest;
        if (parsed == null) {
          parsed = ManifestParser.parse(pluginToml);
          manifest = parsed;
        }
      }
    }
    return parsed;
  }

  @Override
  public PluginHandle load(PluginRuntime runtime, PluginManifest.Runtime limits) {
    return runtime.load(manifest().withRuntime(limits));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ManifestFilePluginSource that && pluginToml.equals(that.pluginToml);
  }

  @Override
  public int hashCode() {
    return pluginToml.hashCode();
  }

  @Override
  public String toString() {
    return "PluginSource[" + pluginToml + "]";
  }
}
