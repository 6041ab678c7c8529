package io.dataflare.testkit.spec.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.testkit.PluginSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Finds the plugin a spec file tests: its top-level {@code plugin} path (relative to the spec
 * file's directory), or else the nearest {@code plugin.toml} walking up from that directory. Only
 * checks that the file exists; it is parsed when the specs run.
 */
@API(status = INTERNAL, since = "0.1")
public final class PluginLocator {
  public static final String MANIFEST_NAME = "plugin.toml";

  private PluginLocator() {}

  public static Optional<PluginSource> locate(SpecTable top, Path specFile) {
    Path directory = specFile.toAbsolutePath().normalize().getParent();
    if (top.has("plugin")) {
      return top.string("plugin").flatMap(path -> named(top, directory, path));
    }
    for (Path dir = directory; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(MANIFEST_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(PluginSource.manifest(candidate));
      }
    }
    top.problems()
        .add(
            "plugin",
            "no plugin.toml found in [" + directory + "] or any directory above it",
            "name the plugin at the top of the spec file, e.g. plugin = \"../../../plugin.toml\"");
    return Optional.empty();
  }

  private static Optional<PluginSource> named(SpecTable top, Path directory, String path) {
    Path manifest = directory.resolve(path).normalize();
    if (!Files.isRegularFile(manifest)) {
      top.problem(
          "plugin",
          "plugin manifest [" + path + "] does not exist (looked for [" + manifest + "])",
          "give the path of plugin.toml relative to the spec file's directory");
      return Optional.empty();
    }
    return Optional.of(PluginSource.manifest(manifest));
  }
}
