package io.dataflare.bench.internal;

import io.dataflare.bench.HarnessException;
import io.dataflare.bench.plan.PlannedBenchmark;
import io.dataflare.runtime.BatchResult;
import io.dataflare.runtime.CallLimits;
import io.dataflare.runtime.ExecutionMode;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginRuntime;
import java.time.Duration;
import java.util.Optional;

/**
 * Counts the WASM instructions one batch call executes: the noise-free cost metric. Each pass loads
 * the plugin on a fresh interpreter-mode runtime (compiled code cannot be counted) and calls it
 * once on the benchmark's batch. Two passes must agree exactly; if they do not, the count is not
 * deterministic and the harness fails rather than average it.
 */
final class InstructionCounter {
  /** The interpreter is far slower than compiled code: the manifest's time limit is stretched. */
  private static final int INTERPRETER_SLOWDOWN_ALLOWANCE = 50;

  private static final Duration MINIMUM_TIMEOUT = Duration.ofMinutes(1);

  private InstructionCounter() {}

  /** The count for a WASM plugin; empty for a native plugin, which has no instructions. */
  static Optional<InstructionCount> count(PlannedBenchmark benchmark) {
    Optional<Pass> firstPass = onePass(benchmark, 1);
    if (firstPass.isEmpty()) {
      return Optional.empty();
    }
    long first = firstPass.get().instructions();
    long second = onePass(benchmark, 2).orElseThrow().instructions();
    if (first != second) {
      throw new HarnessException(
          "Benchmark ["
              + benchmark.id()
              + "]: the instruction count did not repeat: pass 1 executed ["
              + first
              + "] WASM instructions and pass 2 ["
              + second
              + "] on the same input (sha256 "
              + benchmark.inputSha256()
              + ") and module (sha256 "
              + benchmark.moduleSha256().orElse("unknown")
              + "). The count must be exact to gate on it; this is a framework error, not a"
              + " regression (fix: report it with the plugin and this benchmark)");
    }
    return Optional.of(
        new InstructionCount(first, second, benchmark.dataSize(), firstPass.get().moduleSha256()));
  }

  private static Optional<Pass> onePass(PlannedBenchmark benchmark, int pass) {
    try (PluginRuntime runtime =
        PluginRuntime.builder()
            .withExecutionMode(ExecutionMode.INTERPRETER)
            .withPoolSize(1)
            .build()) {
      PluginHandle handle = PluginLoader.load(runtime, benchmark.plugin());
      if (!handle.manifest().plugin().isWasm()) {
        return Optional.empty();
      }
      ModuleCheck.requireUnchanged(benchmark, handle);
      BatchResult result = handle.processBatch(benchmark.batch(), countingLimits(handle));
      if (!result.succeeded()) {
        throw new HarnessException(
            "Benchmark ["
                + benchmark.id()
                + "] failed in instruction-count pass "
                + pass
                + " (interpreter mode): "
                + result.failure().orElseThrow().message());
      }
      if (result.instructions() == BatchResult.NOT_MEASURED) {
        throw new HarnessException(
            "Benchmark ["
                + benchmark.id()
                + "]: the runtime counted no instructions in interpreter mode with counting on;"
                + " this is a runtime error (fix: report it)");
      }
      return Optional.of(
          new Pass(result.instructions(), ModuleCheck.moduleSha256(handle).orElseThrow()));
    } catch (HarnessException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new HarnessException(
          "Benchmark ["
              + benchmark.id()
              + "] could not be loaded for instruction-count pass "
              + pass
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private static CallLimits countingLimits(PluginHandle handle) {
    CallLimits limits = handle.defaultLimits();
    Duration stretched = limits.timeout().multipliedBy(INTERPRETER_SLOWDOWN_ALLOWANCE);
    return limits
        .withTimeout(stretched.compareTo(MINIMUM_TIMEOUT) < 0 ? MINIMUM_TIMEOUT : stretched)
        .withInstructionCounting(true);
  }

  private record Pass(long instructions, String moduleSha256) {}
}
