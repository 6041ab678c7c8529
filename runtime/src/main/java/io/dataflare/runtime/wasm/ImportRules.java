package io.dataflare.runtime.wasm;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;
import io.dataflare.plugin.FailureKind;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.SecurityPolicy;
import java.util.List;

/**
 * Checks a module's imports against what the runtime provides, what the manifest asks for under
 * {@code [permissions]} and what the security policy allows.
 */
final class ImportRules {
  private static final String LOG = WasmAbi.LOG_MODULE + "." + WasmAbi.LOG_NAME;

  private ImportRules() {}

  static void check(
      WasmModule module,
      PluginManifest manifest,
      SecurityPolicy policy,
      List<ContractProblem> problems) {
    boolean wasiReported = false;
    for (int i = 0; i < module.importSection().importCount(); i++) {
      Import entry = module.importSection().getImport(i);
      String name = entry.module() + "." + entry.name();
      if (entry.importType() == ExternalType.MEMORY) {
        problems.add(
            new ContractProblem(
                FailureKind.INVALID_MODULE,
                name,
                "module imports its memory [" + name + "] but ABI 1 requires it to define one",
                "define the memory in the module and export it as \"memory\" (clang: drop"
                    + " -Wl,--import-memory)"));
      } else if (entry.importType() != ExternalType.FUNCTION) {
        problems.add(notProvided(name, WasmModuleContract.kindName(entry.importType())));
      } else if (name.equals(LOG)) {
        checkLog((FunctionImport) entry, module, manifest, policy, problems);
      } else if (entry.module().equals(WasmAbi.WASI_MODULE)) {
        if (!HostFunctions.wasiFunctionNames().contains(entry.name())) {
          problems.add(notProvided(name, "function"));
        } else if (!wasiReported) {
          wasiReported = checkWasi(name, manifest, policy, problems);
        }
      } else {
        problems.add(notProvided(name, "function"));
      }
    }
  }

  private static void checkLog(
      FunctionImport entry,
      WasmModule module,
      PluginManifest manifest,
      SecurityPolicy policy,
      List<ContractProblem> problems) {
    FunctionType actual = module.typeSection().getType(entry.typeIndex());
    if (!actual.typesMatch(WasmAbi.LOG_TYPE)) {
      problems.add(
          new ContractProblem(
              FailureKind.INVALID_MODULE,
              LOG,
              "module imports ["
                  + LOG
                  + "] with signature "
                  + WasmAbi.describe(actual)
                  + " but the runtime provides "
                  + WasmAbi.describe(WasmAbi.LOG_TYPE),
              "declare the import as (level: i32, ptr: i32, len: i32) -> ()"));
    }
    if (!manifest.permissions().hostFunctions().contains(LOG)) {
      problems.add(
          new ContractProblem(
              FailureKind.POLICY_VIOLATION,
              LOG,
              "module imports [" + LOG + "] but plugin.toml does not ask for it",
              "add host_functions = [\"" + LOG + "\"] under [permissions], or remove the import"));
    } else if (!policy.allowedHostFunctions().contains(LOG)) {
      problems.add(
          new ContractProblem(
              FailureKind.POLICY_VIOLATION,
              LOG,
              "module imports [" + LOG + "] but the runtime's security policy does not allow it",
              "allow [" + LOG + "] in the SecurityPolicy, or remove the import"));
    }
  }

  /** Reports the first WASI import that is not permitted; returns whether it reported one. */
  private static boolean checkWasi(
      String name, PluginManifest manifest, SecurityPolicy policy, List<ContractProblem> problems) {
    if (!manifest.permissions().wasi()) {
      problems.add(
          new ContractProblem(
              FailureKind.POLICY_VIOLATION,
              name,
              "module imports WASI function [" + name + "] but plugin.toml does not ask for WASI",
              "set wasi = true under [permissions] (WASI runs with no files, network,"
                  + " environment or arguments), or build without WASI"));
      return true;
    }
    if (!policy.wasiAllowed()) {
      problems.add(
          new ContractProblem(
              FailureKind.POLICY_VIOLATION,
              name,
              "module imports WASI function [" + name + "] but the security policy forbids WASI",
              "allow WASI in the SecurityPolicy, or build the plugin without WASI"));
      return true;
    }
    return false;
  }

  private static ContractProblem notProvided(String name, String kind) {
    return new ContractProblem(
        FailureKind.POLICY_VIOLATION,
        name,
        "module imports " + kind + " [" + name + "], which this runtime does not provide",
        "remove the import: a plugin may import only "
            + LOG
            + " and, with [permissions] wasi = true, "
            + WasmAbi.WASI_MODULE
            + " functions");
  }
}
