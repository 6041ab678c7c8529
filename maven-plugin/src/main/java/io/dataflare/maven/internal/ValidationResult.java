package io.dataflare.maven.internal;

import io.dataflare.runtime.PluginManifest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What validating one plugin found.
 *
 * @param pluginToml the manifest validated
 * @param manifest the parsed manifest, or null when it does not parse
 * @param problems every problem, empty when the plugin is valid
 */
public record ValidationResult(
    Path pluginToml, @Nullable PluginManifest manifest, List<ValidationProblem> problems) {

  public ValidationResult {
    problems = List.copyOf(problems);
  }

  public boolean valid() {
    return problems.isEmpty();
  }

  public Optional<PluginManifest> parsed() {
    return Optional.ofNullable(manifest);
  }

  /**
   * What was validated, e.g. {@code error-filter 0.1.0 (filter, WASM module plugin/filter.wasm)}.
   */
  public String describe(ProjectLayout layout) {
    if (manifest == null) {
      return layout.display(pluginToml);
    }
    PluginManifest.Plugin plugin = manifest.plugin();
    String backend =
        manifest
            .modulePath()
            .map(module -> "WASM module " + layout.display(module))
            .orElse(
                plugin.className() == null
                    ? "native, found by ServiceLoader"
                    : "native class " + plugin.className());
    return layout.display(pluginToml)
        + ": "
        + plugin.name()
        + " "
        + plugin.version()
        + " ("
        + plugin.type().manifestName()
        + ", "
        + backend
        + ")";
  }
}
