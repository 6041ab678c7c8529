package io.dataflare.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import io.dataflare.engine.fixtures.Specs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The samples' {@code properties.toml} spec files, run by the engine on Chicory: every contract
 * they declare holds. Sample 02's differential contract needs its Java twin on the classpath, which
 * only the sample's own build has; its other contracts run here.
 */
class SamplePropertyTests {
  private static final Path SAMPLES = Path.of("..", "samples");

  /** Fewer tries than the samples' own builds make (100), to keep this module's tests short. */
  private static EngineTestKit.Builder engine() {
    return Specs.engine(SAMPLES).configurationParameter(Constants.PROPERTIES_TRIES, "30");
  }

  private static Path properties(String sample) {
    return SAMPLES.resolve(sample).resolve("src/test/dataflare/properties.toml");
  }

  @ParameterizedTest
  @ValueSource(strings = {"01-wasm-filter", "03-wasm-aggregate"})
  void everyContractASampleDeclaresHolds(String sample) {
    EngineExecutionResults results =
        engine().selectors(selectFile(properties(sample).toFile())).execute();

    assertThat(Specs.failures(results)).isEmpty();
    results.testEvents().assertStatistics(stats -> stats.started(6).succeeded(6));
  }

  @Test
  void theWasmMapKeepsItsContractsBesidesTheDifferentialOne() {
    UniqueId suite = Specs.specFileId(properties("02-wasm-map").toAbsolutePath().normalize());
    List<DiscoverySelector> contracts =
        List.of("deterministic", "batch", "pool_hygiene", "robust", "laws", "modes").stream()
            .map(name -> (DiscoverySelector) selectUniqueId(suite.append("contract", name)))
            .toList();

    EngineExecutionResults results = engine().selectors(contracts).execute();

    assertThat(Specs.failures(results)).isEmpty();
    results.testEvents().assertStatistics(stats -> stats.started(6).succeeded(6));
  }
}
