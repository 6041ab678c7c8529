package io.dataflare.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataflare.bench.discovery.BenchmarkDiscovery;
import io.dataflare.bench.plan.BenchmarkPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A plugin whose batch call fails makes the run fail loudly, with nothing timed or written. */
class FailingPluginRunTests {
  private static final Path OUTPUT = Path.of("target", "test-runs", "failing");

  @Test
  void failingBatchCallFailsTheRunNamingBenchmarkPluginRecordAndFix() throws Exception {
    Files.createDirectories(OUTPUT);
    Files.writeString(OUTPUT.resolve("benchmarks.json"), "[] stale from an earlier run");
    BenchmarkPlan plan =
        BenchmarkDiscovery.builder()
            .specDirectory(Path.of("src/test/resources/failing/specs"))
            .build()
            .discover()
            .requirePlan();
    List<String> progress = new CopyOnWriteArrayList<>();
    BenchmarkHarness harness =
        BenchmarkHarness.builder()
            .mode(BenchmarkMode.SMOKE)
            .outputDirectory(OUTPUT)
            .progress(progress::add)
            .build();

    assertThatThrownBy(() -> harness.run(plan))
        .isInstanceOf(HarnessException.class)
        .hasMessageStartingWith(
            "Benchmark [failing-filter/fails-on-record-3] failed: the plugin's batch call failed,"
                + " and a failed call is never timed: PLUGIN_ERROR in plugin [failing-filter] at"
                + " record [3]: ")
        .hasMessageContaining("cannot parse [broken]")
        .hasMessageContaining("(to fix: ");
    assertThat(progress)
        .anyMatch(
            line -> line.startsWith("[dataflare] 1/1 failing-filter/fails-on-record-3 FAILED"));
    assertThat(OUTPUT.resolve("benchmarks.json")).doesNotExist();
  }
}
