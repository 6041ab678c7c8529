package io.dataflare.bench.internal;

import io.dataflare.bench.plan.PlannedBenchmark;
import io.dataflare.runtime.PluginHandle;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The WASM module a handle runs must be the one the plan names by hash: {@code moduleSha256} in the
 * results has to describe the code that was measured.
 */
final class ModuleCheck {
  private ModuleCheck() {}

  /** The SHA-256 of the handle's module file, or empty for a native plugin. */
  static Optional<String> moduleSha256(PluginHandle handle) {
    return handle.manifest().modulePath().map(Sha256::of);
  }

  static void requireUnchanged(PlannedBenchmark benchmark, PluginHandle handle) {
    Optional<String> planned = benchmark.moduleSha256();
    Optional<Path> module = handle.manifest().modulePath();
    if (planned.isEmpty() || module.isEmpty()) {
      return;
    }
    String actual = Sha256.of(module.get());
    if (!actual.equals(planned.get())) {
      throw new BenchmarkFailure(
          "Benchmark ["
              + benchmark.id()
              + "]: module ["
              + module.get()
              + "] has SHA-256 ["
              + actual
              + "] but the plan was made for ["
              + planned.get()
              + "] (fix: build the plan again after rebuilding the module)");
    }
  }
}
