package io.dataflare.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import io.dataflare.engine.fixtures.Specs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** The samples' WASM plugins, run by the engine on Chicory in both execution modes. */
class WasmSampleTests {
  private static final Path WASM = Specs.RESOURCES.resolve("specs/wasm");

  @ParameterizedTest
  @ValueSource(strings = {"compiled", "interpreter"})
  void runsTheSamplesWasmSpecs(String mode) {
    EngineExecutionResults results =
        Specs.engine(WASM)
            .configurationParameter(Constants.EXECUTION_MODE, mode)
            .selectors(selectDirectory(WASM.toFile()))
            .execute();
    assertThat(Specs.failures(results)).isEmpty();
    results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
  }

  @Test
  void reportsExecutedInstructionsInInterpreterMode() {
    EngineExecutionResults results =
        Specs.engine(WASM)
            .configurationParameter(Constants.EXECUTION_MODE, "interpreter")
            .selectors(selectFile(WASM.resolve("error-filter.toml").toFile()))
            .execute();
    assertThat(results.allEvents().reportingEntryPublished().stream())
        .hasSize(2)
        .allSatisfy(
            event ->
                assertThat(
                        Long.parseLong(
                            event
                                .getRequiredPayload(ReportEntry.class)
                                .getKeyValuePairs()
                                .get("instructions")))
                    .isPositive());
  }
}
