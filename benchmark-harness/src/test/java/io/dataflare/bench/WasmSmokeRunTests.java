package io.dataflare.bench;

import static io.dataflare.bench.fixtures.ResultFiles.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dataflare.bench.discovery.BenchmarkDiscovery;
import io.dataflare.bench.fixtures.ResultFiles;
import io.dataflare.bench.internal.Sha256;
import io.dataflare.bench.plan.BenchmarkPlan;
import io.dataflare.bench.plan.PlannedBenchmark;
import io.dataflare.runtime.BatchResult;
import io.dataflare.runtime.ExecutionMode;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginRuntime;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A real smoke run of sample 01, a WASM filter: compiled-mode timings and instruction counts. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WasmSmokeRunTests {
  private static final Path OUTPUT = Path.of("target", "test-runs", "wasm-smoke");
  private static final Path SAMPLE = Path.of("../samples/01-wasm-filter");
  private static final String ID = "error-filter/filter-100B";

  private BenchmarkPlan plan;
  private HarnessResult result;
  private JsonNode entry;

  @BeforeAll
  void runSmokeHarness() {
    plan =
        BenchmarkDiscovery.builder()
            .specFile(Path.of("src/test/resources/wasm-filter/specs/filter.toml"))
            .build()
            .discover()
            .requirePlan();
    result =
        BenchmarkHarness.builder()
            .mode(BenchmarkMode.SMOKE)
            .outputDirectory(OUTPUT)
            .progress(System.out::println)
            .build()
            .run(plan);
    entry = entry(ResultFiles.read(result.benchmarksJson()), ID);
  }

  @Test
  void instructionCountsOfBothPassesAreEqual() {
    JsonNode passes =
        entry.get("secondaryMetrics").get("dataflare.instructions.per.record").get("rawData");
    assertThat(passes).hasSize(2);
    assertThat(passes.get(0)).hasSize(1);
    assertThat(passes.get(0).get(0).asDouble())
        .isPositive()
        .isEqualTo(passes.get(1).get(0).asDouble());
  }

  @Test
  void instructionsPerRecordIsTheInterpretersCountOfOneBatchCallDividedByDataSize() {
    PlannedBenchmark benchmark = plan.find(ID).orElseThrow();
    long counted;
    try (PluginRuntime runtime =
        PluginRuntime.builder().withExecutionMode(ExecutionMode.INTERPRETER).build()) {
      PluginHandle handle = runtime.load(SAMPLE.resolve("plugin.toml"));
      BatchResult call =
          handle.processBatch(
              benchmark.batch(), handle.defaultLimits().withInstructionCounting(true));
      counted = call.instructions();
    }
    JsonNode metric = entry.get("secondaryMetrics").get("dataflare.instructions.per.record");
    assertThat(metric.get("scoreUnit").asText()).isEqualTo("instructions/record");
    assertThat(metric.get("score").asDouble()).isEqualTo(counted / 100.0);
    assertThat(result.find(ID).orElseThrow().instructionsPerRecord()).hasValue(counted / 100.0);
  }

  @Test
  void moduleHashIsTheSha256OfTheWasmFileThatRan() {
    assertThat(entry.get("params").get("moduleSha256").asText())
        .isEqualTo(Sha256.of(SAMPLE.resolve("plugin/filter.wasm")));
  }

  @Test
  void compiledModeTimingsHaveOneHistogramPerFork() {
    assertThat(entry.get("primaryMetric").get("rawDataHistogram")).hasSize(5);
    assertThat(entry.get("secondaryMetrics").get("dataflare.records.per.second").get("rawData"))
        .hasSize(5);
  }
}
