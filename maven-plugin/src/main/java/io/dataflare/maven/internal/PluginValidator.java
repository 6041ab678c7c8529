package io.dataflare.maven.internal;

import io.dataflare.runtime.ManifestException;
import io.dataflare.runtime.ManifestParser;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.SecurityPolicy;
import io.dataflare.runtime.wasm.WasmModuleContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks one plugin without running it: its {@code plugin.toml}, and for a WASM plugin the module
 * against ABI 1, the manifest's {@code [permissions]} and {@code [runtime]} limits, and the
 * security policy. Native plugins are checked as far as the manifest goes: their class is compiled
 * after the validate phase.
 */
public final class PluginValidator {
  private final SecurityPolicy policy;

  public PluginValidator(SecurityPolicy policy) {
    this.policy = policy;
  }

  /** Every problem of this manifest and its module, in the order a reader fixes them. */
  public ValidationResult validate(Path pluginToml) {
    PluginManifest manifest;
    try {
      manifest = ManifestParser.parse(pluginToml);
    } catch (ManifestException e) {
      return new ValidationResult(
          pluginToml,
          null,
          e.problems().stream().map(p -> ValidationProblem.of(pluginToml, p)).toList());
    }
    return new ValidationResult(pluginToml, manifest, moduleProblems(pluginToml, manifest));
  }

  private List<ValidationProblem> moduleProblems(Path pluginToml, PluginManifest manifest) {
    if (manifest.modulePath().isEmpty()) {
      return List.of();
    }
    Path module = manifest.modulePath().get();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(module);
    } catch (IOException e) {
      return List.of(
          new ValidationProblem(
              pluginToml,
              0,
              "plugin.module",
              "cannot read the module [" + module + "]: " + e.getMessage(),
              "point [plugin] module at a readable .wasm file, relative to plugin.toml"));
    }
    List<ValidationProblem> problems = new ArrayList<>();
    WasmModuleContract.check(bytes, manifest, policy)
        .forEach(p -> problems.add(ValidationProblem.of(module, p)));
    return problems;
  }
}
