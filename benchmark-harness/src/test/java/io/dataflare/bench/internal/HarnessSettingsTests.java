package io.dataflare.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.bench.BenchmarkMode;
import io.dataflare.bench.fixtures.Settings;
import io.dataflare.bench.plan.PlannedBenchmark;
import io.dataflare.bench.plan.PluginLocator;
import io.dataflare.testkit.PluginBenchmark;
import io.dataflare.testkit.Records;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class HarnessSettingsTests {
  private static final PlannedBenchmark HINTED =
      PlannedBenchmark.builder(
              "p",
              PluginLocator.manifest(Path.of("plugin.toml")),
              PluginBenchmark.builder("b").withInput(Records.text("x")).withIterations(20).build())
          .build();

  private static HarnessSettings settings(BenchmarkMode mode, @Nullable Integer iterations) {
    return Settings.of(mode, iterations);
  }

  @Test
  void onlyThoroughModeRaisesMeasurementIterationsToTheSpecsHint() {
    assertThat(settings(BenchmarkMode.SMOKE, null).measurementIterationsFor(HINTED)).isEqualTo(1);
    assertThat(settings(BenchmarkMode.DEFAULT, null).measurementIterationsFor(HINTED)).isEqualTo(3);
    assertThat(settings(BenchmarkMode.THOROUGH, null).measurementIterationsFor(HINTED))
        .isEqualTo(20);
  }

  @Test
  void explicitMeasurementIterationsWinOverHint() {
    assertThat(settings(BenchmarkMode.THOROUGH, 4).measurementIterationsFor(HINTED)).isEqualTo(4);
  }

  @Test
  void defaultHeapLeavesHeapFlagsOut() {
    HarnessSettings settings =
        Settings.of(BenchmarkMode.SMOKE, null, null, false, List.of("-Dx=1"));

    assertThat(settings.forkJvmArgs()).containsExactly("-Dx=1");
  }
}
