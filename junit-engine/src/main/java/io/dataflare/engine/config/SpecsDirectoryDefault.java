package io.dataflare.engine.config;

import io.dataflare.runtime.ManifestParser;
import io.dataflare.runtime.PluginManifest;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The spec directory when none is configured: the {@code [test] test_data} of the {@code
 * plugin.toml} in the working directory, else {@code src/test/dataflare}.
 */
final class SpecsDirectoryDefault {
  private SpecsDirectoryDefault() {}

  static Path find(Path workingDirectory) {
    Path manifest = workingDirectory.resolve("plugin.toml");
    if (Files.isRegularFile(manifest)) {
      try {
        PluginManifest parsed = ManifestParser.parse(manifest);
        return parsed.directory().resolve(parsed.test().testData()).normalize();
      } catch (RuntimeException malformed) {
        // The manifest's problems surface when its plugin is loaded; discovery goes on.
      }
    }
    return workingDirectory.resolve(EngineConfiguration.DEFAULT_SPECS_DIRECTORY);
  }
}
