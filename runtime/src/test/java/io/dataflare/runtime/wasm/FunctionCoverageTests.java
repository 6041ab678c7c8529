package io.dataflare.runtime.wasm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.dataflare.runtime.ExecutionMode;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.PluginRuntime;
import io.dataflare.runtime.fixtures.Records;
import io.dataflare.runtime.fixtures.WasmModules;
import io.dataflare.runtime.wasm.FunctionCoverage.Function;
import io.dataflare.runtime.wasm.FunctionCoverage.ModuleCoverage;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Executed-function coverage of WASM modules, recorded by interpreter instances. */
class FunctionCoverageTests {
  private static final PluginManifest KEEP =
      WasmModules.misbehaving("keep", Duration.ofSeconds(30));

  private static ModuleCoverage runKeep(FunctionCoverage coverage) {
    try (PluginRuntime runtime =
        PluginRuntime.builder()
            .withExecutionMode(ExecutionMode.INTERPRETER)
            .withFunctionCoverage(coverage)
            .withPoolSize(1)
            .build()) {
      PluginHandle handle = runtime.load(KEEP);
      handle.processBatch(Records.texts("a", "b"));
    }
    return coverage.modules().get(0);
  }

  @Test
  void marksTheFunctionsThatRanAndLeavesTheOthersUnmarked() {
    ModuleCoverage module = runKeep(new FunctionCoverage());

    assertThat(module.functions()).hasSize(9);
    assertThat(module.notExecuted())
        .extracting(Function::index, Function::name)
        .containsExactly(tuple(4, "function 4")); // $recurse: only the "recursion" mode calls it
    assertThat(module.executedCount()).isEqualTo(8);
  }

  @Test
  void countsInitAndAllocAsExecutedWhenTheyRanOutsideAnEntryCall() {
    ModuleCoverage module = runKeep(new FunctionCoverage());

    assertThat(module.functions())
        .filteredOn(Function::executed)
        .extracting(Function::name)
        .contains("dataflare_abi_version", "dataflare_alloc", "dataflare_init", "dataflare_filter");
  }

  @Test
  void keysEachModuleByTheSha256OfItsBytes() throws Exception {
    FunctionCoverage coverage = new FunctionCoverage();
    runKeep(coverage);

    String sha256 = CompileCache.sha256(Files.readAllBytes(KEEP.modulePath().orElseThrow()));
    assertThat(coverage.module(sha256)).isPresent();
    assertThat(coverage.module("0".repeat(64))).isEmpty();
  }

  @Test
  void recordsNothingBeforeAnyInstanceRan() {
    assertThat(new FunctionCoverage().modules()).isEmpty();
  }

  @Test
  void refusesCoverageInCompiledModeBecauseCompiledCodeReportsNoInstructions() {
    assertThatThrownBy(
            () ->
                PluginRuntime.builder()
                    .withExecutionMode(ExecutionMode.COMPILED)
                    .withFunctionCoverage(new FunctionCoverage())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[COMPILED]")
        .hasMessageContaining("use ExecutionMode.INTERPRETER");
  }
}
