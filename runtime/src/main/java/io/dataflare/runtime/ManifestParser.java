package io.dataflare.runtime;

import static org.apiguardian.api.API.Status.STABLE;

import java.nio.file.Path;
import org.apiguardian.api.API;

/** Reads {@code plugin.toml} files (format: ARCHITECTURE.md section 5, docs/plugin-toml.md). */
@API(status = STABLE, since = "0.1")
public final class ManifestParser {
  private ManifestParser() {}

  /**
   * Parses a manifest.
   *
   * @throws ManifestException listing every problem with file, line, key and fix: syntax errors,
   *     unknown keys, wrong types, out-of-range values, a missing module file
   */
  public static PluginManifest parse(Path pluginToml) {
    return io.dataflare.runtime.internal.TomlManifestReader.read(pluginToml);
  }
}
