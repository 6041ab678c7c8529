package io.dataflare.quality.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import io.dataflare.plugin.FailureKind;
import io.dataflare.quality.evidence.StaticFinding.Level;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.SecurityPolicy;
import io.dataflare.runtime.wasm.ContractProblem;
import io.dataflare.runtime.wasm.WasmModuleContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Checks a WASM plugin's module as {@code dataflare:validate} does ({@link WasmModuleContract}),
 * and also looks for permissions granted but never used: a plugin should ask for what it imports
 * and nothing more.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class WasmContractAnalysis {
  /** The tool name in findings and SARIF. */
  public static final String TOOL = "dataflare-wasm-contract";

  static final String WASI = "wasi";
  private static final String WASI_MODULE = "wasi_snapshot_preview1";

  private WasmContractAnalysis() {}

  /**
   * Analyses the module {@code manifest} names under {@code policy}.
   *
   * @param baseDirectory findings' files are given relative to it
   * @throws EvidenceException when the module file cannot be read
   */
  public static WasmContract analyze(
      PluginManifest manifest, SecurityPolicy policy, Path baseDirectory) {
    Path module =
        manifest
            .modulePath()
            .orElseThrow(() -> new IllegalArgumentException("the manifest names no WASM module"));
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(module);
    } catch (IOException e) {
      throw new EvidenceException(
          "WASM module [" + module + "] cannot be read: " + e + "; fix: build the plugin", e);
    }
    String moduleFile = relative(module, baseDirectory);
    String manifestFile =
        manifest.source() == null ? null : relative(manifest.source(), baseDirectory);
    List<StaticFinding> contract = new ArrayList<>();
    List<StaticFinding> permissions = new ArrayList<>();
    for (ContractProblem problem : WasmModuleContract.check(bytes, manifest, policy)) {
      boolean permission = problem.kind() == FailureKind.POLICY_VIOLATION;
      (permission ? permissions : contract)
          .add(
              new StaticFinding(
                  TOOL,
                  "contract/" + problem.kind().name(),
                  permission ? "PERMISSIONS" : "ABI",
                  0,
                  Level.ERROR,
                  "[" + problem.subject() + "] " + problem.message(),
                  moduleFile,
                  0));
    }
    List<String> imports = imports(bytes);
    List<String> grants = new ArrayList<>(manifest.permissions().hostFunctions());
    if (manifest.permissions().wasi()) {
      grants.add(WASI);
    }
    List<String> unused = new ArrayList<>();
    for (String grant : grants) {
      boolean used =
          grant.equals(WASI)
              ? imports.stream().anyMatch(i -> i.startsWith(WASI_MODULE + "."))
              : imports.contains(grant);
      if (!used) {
        unused.add(grant);
        permissions.add(
            new StaticFinding(
                TOOL,
                "permissions/unused-grant",
                "PERMISSIONS",
                0,
                Level.WARNING,
                "plugin.toml grants ["
                    + grant
                    + "] under [permissions] but the module never imports it (to fix: remove it"
                    + " from [permissions])",
                manifestFile,
                0));
      }
    }
    return new WasmContract(contract, permissions, imports, grants, unused);
  }

  private static List<String> imports(byte[] bytes) {
    try {
      WasmModule module = Parser.parse(bytes);
      return module.importSection().stream().map(i -> i.module() + "." + i.name()).toList();
    } catch (RuntimeException | AssertionError | LinkageError e) {
      return List.of(); // not WebAssembly: the contract check reports it
    }
  }

  private static String relative(Path file, Path baseDirectory) {
    Path absolute = file.toAbsolutePath().normalize();
    Path base = baseDirectory.toAbsolutePath().normalize();
    return (absolute.startsWith(base) ? base.relativize(absolute) : absolute)
        .toString()
        .replace('\\', '/');
  }
}
