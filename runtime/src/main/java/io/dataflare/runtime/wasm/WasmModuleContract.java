package io.dataflare.runtime.wasm;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionBody;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Instruction;
import com.dylibso.chicory.wasm.types.OpCode;
import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.SecurityPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Checks a WASM module against ABI version 1 ({@code docs/wasm-abi.md}), the manifest's permissions
 * and the security policy, without instantiating it: required exports and their signatures,
 * imports, and the initial memory against the limit. The runtime runs these checks on every load;
 * tools (the Maven {@code validate} goal) call {@link #check} to list every problem.
 *
 * <p>What needs the module to run ({@code dataflare_abi_version} computed rather than constant,
 * {@code dataflare_init} succeeding) is checked when the runtime creates the first instance.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class WasmModuleContract {
  private static final byte[] WASM_MAGIC = {0x00, 0x61, 0x73, 0x6d};

  private WasmModuleContract() {}

  /**
   * Every problem of this module for this manifest and policy, in the order a reader fixes them
   * (exports, imports, memory); empty when the module may be loaded.
   */
  public static List<ContractProblem> check(
      byte[] moduleBytes, PluginManifest manifest, SecurityPolicy policy) {
    WasmModule module;
    try {
      module = Parser.parse(moduleBytes);
    } catch (Throwable e) {
      CallFailures.rethrowIfHostError(e);
      return List.of(notWebAssembly(moduleBytes, e));
    }
    return check(module, manifest, policy);
  }

  /** The linear memory limit of one instance, in 64 KiB pages: manifest or policy, the smaller. */
  public static int memoryLimitPages(PluginManifest manifest, SecurityPolicy policy) {
    return Math.min(manifest.runtime().maxMemoryMb(), policy.maxMemoryMb()) * WasmAbi.PAGES_PER_MIB;
  }

  static List<ContractProblem> check(
      WasmModule module, PluginManifest manifest, SecurityPolicy policy) {
    List<ContractProblem> problems = new ArrayList<>();
    checkApiVersion(manifest, problems);
    ModuleFunctions functions = new ModuleFunctions(module);
    checkMemoryExport(module, problems);
    checkFunction(functions, WasmAbi.ABI_VERSION, WasmAbi.ABI_VERSION_TYPE, true, problems);
    checkConstantAbiVersion(module, functions, problems);
    checkFunction(functions, WasmAbi.ALLOC, WasmAbi.ALLOC_TYPE, true, problems);
    PluginType type = manifest.plugin().type();
    checkFunction(functions, WasmAbi.entryPoint(type), WasmAbi.ENTRY_TYPE, true, problems);
    checkFunction(functions, WasmAbi.INIT, WasmAbi.INIT_TYPE, false, problems);
    checkFunction(
        functions, WasmAbi.RESET, WasmAbi.RESET_TYPE, type == PluginType.AGGREGATE, problems);
    ImportRules.check(module, manifest, policy, problems);
    checkSharedMemory(module, problems);
    checkInitialMemory(module, memoryLimitPages(manifest, policy), manifest, policy, problems);
    return List.copyOf(problems);
  }

  /** The problem of bytes Chicory could not parse. */
  static ContractProblem notWebAssembly(byte[] bytes, Throwable cause) {
    boolean magic = bytes.length >= 4;
    for (int i = 0; magic && i < 4; i++) {
      magic = bytes[i] == WASM_MAGIC[i];
    }
    String problem =
        magic
            ? "module is not valid WebAssembly (truncated or corrupt?): "
                + CallFailures.describeCause(cause)
            : "module is not WebAssembly: it starts with ["
                + hex(bytes, 4)
                + "] instead of the magic bytes [00 61 73 6d]";
    return new ContractProblem(
        FailureKind.INVALID_MODULE,
        "module",
        problem,
        "point [plugin] module at a .wasm file built for wasm32 and rebuild it");
  }

  private static String hex(byte[] bytes, int max) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < Math.min(max, bytes.length); i++) {
      text.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%02x", bytes[i] & 0xFF));
    }
    return bytes.length == 0 ? "an empty file" : text.toString();
  }

  private static void checkApiVersion(PluginManifest manifest, List<ContractProblem> problems) {
    int declared = manifest.dataflare().apiVersion();
    if (declared != WasmAbi.VERSION) {
      problems.add(
          new ContractProblem(
              FailureKind.INVALID_MODULE,
              "[dataflare] api_version",
              "plugin.toml declares api_version ["
                  + declared
                  + "] but this runtime supports ABI version ["
                  + WasmAbi.VERSION
                  + "]",
              "build the plugin for ABI version " + WasmAbi.VERSION + " and declare it"));
    }
  }

  private static void checkMemoryExport(WasmModule module, List<ContractProblem> problems) {
    Optional<Export> memory = ModuleFunctions.export(module, WasmAbi.MEMORY);
    if (memory.isEmpty()) {
      problems.add(
          new ContractProblem(
              FailureKind.INVALID_MODULE,
              WasmAbi.MEMORY,
              "module does not export [memory]",
              "define a linear memory and export it as \"memory\""));
    } else if (memory.get().exportType() != ExternalType.MEMORY) {
      problems.add(
          new ContractProblem(
              FailureKind.INVALID_MODULE,
              WasmAbi.MEMORY,
              "module exports [memory] as a "
                  + kindName(memory.get().exportType())
                  + " but ABI 1 requires its linear memory under that name",
              "export the module's linear memory as \"memory\""));
    }
  }

  private static void checkFunction(
      ModuleFunctions functions,
      String name,
      FunctionType required,
      boolean mandatory,
      List<ContractProblem> problems) {
    Optional<Export> export = ModuleFunctions.export(functions.module(), name);
    String signature = WasmAbi.describe(required);
    if (export.isEmpty()) {
      if (mandatory) {
        problems.add(
            new ContractProblem(
                FailureKind.INVALID_MODULE,
                name,
                "module does not export [" + name + "] but ABI 1 requires it",
                "export a function [" + name + "] with signature " + signature));
      }
      return;
    }
    if (export.get().exportType() != ExternalType.FUNCTION) {
      problems.add(
          new ContractProblem(
              FailureKind.INVALID_MODULE,
              name,
              "module exports ["
                  + name
                  + "] as a "
                  + kindName(export.get().exportType())
                  + " but ABI 1 requires a function",
              "export a function [" + name + "] with signature " + signature));
      return;
    }
    FunctionType actual = functions.type(export.get().index());
    if (!actual.typesMatch(required)) {
      problems.add(
          new ContractProblem(
              FailureKind.INVALID_MODULE,
              name,
              "module exports ["
                  + name
                  + "] with signature "
                  + WasmAbi.describe(actual)
                  + " but ABI 1 requires "
                  + signature,
              "change [" + name + "] to " + signature));
    }
  }

  private static void checkConstantAbiVersion(
      WasmModule module, ModuleFunctions functions, List<ContractProblem> problems) {
    OptionalInt version =
        ModuleFunctions.export(module, WasmAbi.ABI_VERSION)
            .filter(e -> e.exportType() == ExternalType.FUNCTION)
            .map(e -> constantResult(functions.body(e.index())))
            .orElse(OptionalInt.empty());
    if (version.isPresent() && version.getAsInt() != WasmAbi.VERSION) {
      problems.add(abiVersionProblem(version.getAsInt()));
    }
  }

  /** The problem of a module whose {@code dataflare_abi_version} returns another version. */
  static ContractProblem abiVersionProblem(int found) {
    return new ContractProblem(
        FailureKind.INVALID_MODULE,
        WasmAbi.ABI_VERSION,
        "module's ["
            + WasmAbi.ABI_VERSION
            + "] returns ["
            + found
            + "] but this runtime supports ABI version ["
            + WasmAbi.VERSION
            + "]",
        "build the plugin against docs/wasm-abi.md version "
            + WasmAbi.VERSION
            + " and return "
            + WasmAbi.VERSION);
  }

  private static OptionalInt constantResult(@Nullable FunctionBody body) {
    if (body == null || !body.localTypes().isEmpty()) {
      return OptionalInt.empty();
    }
    List<? extends Instruction> code = body.instructions();
    if (code.size() == 2
        && code.get(0).opcode() == OpCode.I32_CONST
        && code.get(1).opcode() == OpCode.END) {
      return OptionalInt.of((int) code.get(0).operand(0));
    }
    return OptionalInt.empty();
  }

  private static void checkSharedMemory(WasmModule module, List<ContractProblem> problems) {
    if (ModuleFunctions.declaredMemory(module).map(m -> m.shared()).orElse(false)) {
      problems.add(
          new ContractProblem(
              FailureKind.INVALID_MODULE,
              WasmAbi.MEMORY,
              "module declares a shared memory (the threads proposal), but each plugin instance"
                  + " has a memory of its own that one thread uses at a time",
              "build the module without shared memory (clang: no -pthread or --shared-memory;"
                  + " Rust: no +atomics target feature; WAT: drop \"shared\" from (memory ...))"));
    }
  }

  private static void checkInitialMemory(
      WasmModule module,
      int limitPages,
      PluginManifest manifest,
      SecurityPolicy policy,
      List<ContractProblem> problems) {
    int initial = ModuleFunctions.declaredMemory(module).map(m -> m.initialPages()).orElse(0);
    if (initial > limitPages) {
      problems.add(
          new ContractProblem(
              FailureKind.MEMORY_LIMIT,
              WasmAbi.MEMORY,
              "module declares an initial memory of ["
                  + initial
                  + "] pages ("
                  + mib(initial)
                  + ") but the limit is ["
                  + limitPages
                  + "] pages ("
                  + mib(limitPages)
                  + ": [runtime] max_memory_mb ["
                  + manifest.runtime().maxMemoryMb()
                  + "], security policy ["
                  + policy.maxMemoryMb()
                  + "] MiB)",
              "lower the module's initial memory (clang: -Wl,--initial-memory=BYTES; WAT: (memory"
                  + " N)) or raise [runtime] max_memory_mb"));
    }
  }

  static String mib(long pages) {
    double mib = pages / (double) WasmAbi.PAGES_PER_MIB;
    return (mib == Math.rint(mib)
            ? String.valueOf((long) mib)
            : String.format(Locale.ROOT, "%.2f", mib))
        + " MiB";
  }

  static String kindName(ExternalType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }
}
