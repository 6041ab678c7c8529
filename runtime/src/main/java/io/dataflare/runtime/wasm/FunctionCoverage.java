package io.dataflare.runtime.wasm;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionBody;
import com.dylibso.chicory.wasm.types.Instruction;
import com.dylibso.chicory.wasm.types.NameCustomSection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Records which functions of WASM modules ran, for coverage tools: give one to {@code
 * PluginRuntime.builder().withFunctionCoverage(..)} together with {@code
 * ExecutionMode.INTERPRETER}, run the plugin, then read {@link #modules()}. A function counts as
 * executed when its first instruction ran, in any call (entry points, {@code dataflare_alloc},
 * {@code dataflare_init}, the start function). Compiled code reports nothing, so the runtime
 * refuses coverage in compiled mode. Thread-safe; instances of one module share one record.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FunctionCoverage {
  private final ConcurrentMap<String, Recorder> modules = new ConcurrentHashMap<>();

  public FunctionCoverage() {}

  /** Every module an instance was created for so far, by SHA-256. */
  public List<ModuleCoverage> modules() {
    return modules.values().stream()
        .map(Recorder::snapshot)
        .sorted(Comparator.comparing(ModuleCoverage::moduleSha256))
        .toList();
  }

  /** The coverage of the module with this SHA-256 (lower-case hex of its bytes), if it ran. */
  public Optional<ModuleCoverage> module(String moduleSha256) {
    return Optional.ofNullable(modules.get(moduleSha256)).map(Recorder::snapshot);
  }

  /** The recorder of a module, shared by all its instances. */
  Recorder recorder(CachedModule module) {
    return modules.computeIfAbsent(module.sha256(), sha -> new Recorder(sha, module.module()));
  }

  /**
   * The functions a module defines (imports are not counted) and which of them ran.
   *
   * @param moduleSha256 lower-case hex SHA-256 of the module's bytes
   * @param functions every defined function, in index order
   */
  public record ModuleCoverage(String moduleSha256, List<Function> functions) {
    public ModuleCoverage {
      functions = List.copyOf(functions);
    }

    /** How many functions ran. */
    public int executedCount() {
      return (int) functions.stream().filter(Function::executed).count();
    }

    /** The functions that never ran, in index order. */
    public List<Function> notExecuted() {
      return functions.stream().filter(f -> !f.executed()).toList();
    }
  }

  /**
   * One defined function.
   *
   * @param index its index in the module's function index space (after the imported functions)
   * @param name its name from the module's name section, else its first export name, else {@code
   *     function <index>}
   * @param executed whether its first instruction ran
   */
  public record Function(int index, String name, boolean executed) {}

  /** Marks functions as executed when an interpreter instance runs their first instruction. */
  static final class Recorder {
    private final String sha256;
    private final List<String> names;
    private final int imported;
    private final Map<Instruction, Integer> firstInstructions = new IdentityHashMap<>();
    private final AtomicIntegerArray executed;

    private Recorder(String sha256, WasmModule module) {
      this.sha256 = sha256;
      this.imported = module.importSection().count(ExternalType.FUNCTION);
      int defined = module.codeSection().functionBodyCount();
      this.executed = new AtomicIntegerArray(defined);
      this.names = names(module, imported, defined);
      for (int i = 0; i < defined; i++) {
        FunctionBody body = module.codeSection().getFunctionBody(i);
        if (!body.instructions().isEmpty()) {
          // the interpreter runs the parsed module's own instruction objects
          firstInstructions.put(body.instructions().get(0), i);
        }
      }
    }

    /** Called for every instruction an instance of this module runs; read-only map lookups. */
    void executed(Instruction instruction) {
      Integer defined = firstInstructions.get(instruction);
      if (defined != null && executed.get(defined) == 0) {
        executed.set(defined, 1);
      }
    }

    ModuleCoverage snapshot() {
      List<Function> functions = new ArrayList<>(executed.length());
      for (int i = 0; i < executed.length(); i++) {
        functions.add(new Function(imported + i, names.get(i), executed.get(i) == 1));
      }
      return new ModuleCoverage(sha256, functions);
    }

    private static List<String> names(WasmModule module, int imported, int defined) {
      NameCustomSection nameSection = module.nameSection();
      List<String> names = new ArrayList<>(defined);
      for (int i = 0; i < defined; i++) {
        int index = imported + i;
        String name = nameSection == null ? null : nameSection.nameOfFunction(index);
        names.add(name != null ? name : exportName(module, index).orElse("function " + index));
      }
      return names;
    }

    private static Optional<String> exportName(WasmModule module, int functionIndex) {
      for (int i = 0; i < module.exportSection().exportCount(); i++) {
        Export export = module.exportSection().getExport(i);
        if (export.exportType() == ExternalType.FUNCTION && export.index() == functionIndex) {
          return Optional.of(export.name());
        }
      }
      return Optional.empty();
    }
  }

  /** A recorder, or none when coverage is off. */
  static @Nullable Recorder recorderOrNull(
      @Nullable FunctionCoverage coverage, CachedModule module) {
    return coverage == null ? null : coverage.recorder(module);
  }
}
