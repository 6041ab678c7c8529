package io.dataflare.runtime.wasm;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExportSection;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionBody;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Looks up a parsed module's functions by index, across imported and defined functions. */
final class ModuleFunctions {
  private final WasmModule module;
  private final List<FunctionImport> imported = new ArrayList<>();

  ModuleFunctions(WasmModule module) {
    this.module = module;
    for (int i = 0; i < module.importSection().importCount(); i++) {
      Import candidate = module.importSection().getImport(i);
      if (candidate instanceof FunctionImport function) {
        imported.add(function);
      }
    }
  }

  WasmModule module() {
    return module;
  }

  /** The signature of the function at this index of the module's function index space. */
  FunctionType type(int functionIndex) {
    if (functionIndex < imported.size()) {
      return module.typeSection().getType(imported.get(functionIndex).typeIndex());
    }
    return module
        .functionSection()
        .getFunctionType(functionIndex - imported.size(), module.typeSection());
  }

  /** The body of a defined function, or null for an imported one. */
  @Nullable FunctionBody body(int functionIndex) {
    int defined = functionIndex - imported.size();
    return defined < 0 || defined >= module.codeSection().functionBodyCount()
        ? null
        : module.codeSection().getFunctionBody(defined);
  }

  static Optional<Export> export(WasmModule module, String name) {
    ExportSection exports = module.exportSection();
    for (int i = 0; i < exports.exportCount(); i++) {
      if (exports.getExport(i).name().equals(name)) {
        return Optional.of(exports.getExport(i));
      }
    }
    return Optional.empty();
  }

  /** The limits the module declares for the memory it defines, if it defines one. */
  static Optional<MemoryLimits> declaredMemory(WasmModule module) {
    return module
        .memorySection()
        .filter(section -> section.memoryCount() > 0)
        .map(section -> section.getMemory(0).limits());
  }

  static boolean importsFunction(WasmModule module, String moduleName, String name) {
    return module.importSection().stream()
        .anyMatch(
            i ->
                i.importType() == ExternalType.FUNCTION
                    && i.module().equals(moduleName)
                    && i.name().equals(name));
  }

  static boolean importsModule(WasmModule module, String moduleName) {
    return module.importSection().stream().anyMatch(i -> i.module().equals(moduleName));
  }
}
