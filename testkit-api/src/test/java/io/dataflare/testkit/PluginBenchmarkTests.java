package io.dataflare.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataflare.plugin.PluginRecord;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PluginBenchmarkTests {

  private static PluginBenchmark.Builder valid() {
    return PluginBenchmark.builder("filter-1k").withInput(Records.text("a"), Records.text("b"));
  }

  @Test
  void batchRepeatsTheInputInOrderUntilDataSize() {
    PluginBenchmark benchmark = valid().withDataSize(5).build();

    assertThat(benchmark.batch())
        .extracting(PluginRecord::valueAsString)
        .containsExactly("a", "b", "a", "b", "a");
  }

  @Test
  void defaultsHaveNoTargets() {
    PluginBenchmark benchmark = valid().build();

    assertThat(benchmark.dataSize()).isEqualTo(PluginBenchmark.DEFAULT_DATA_SIZE);
    assertThat(benchmark.iterations()).isEqualTo(PluginBenchmark.DEFAULT_ITERATIONS);
    assertThat(benchmark.expectedThroughput()).isEmpty();
    assertThat(benchmark.maxLatency()).isEmpty();
  }

  @Test
  void targetsAreKept() {
    PluginBenchmark benchmark =
        valid()
            .withIterations(3)
            .withExpectedThroughput(50_000)
            .withMaxLatency(Duration.ofMillis(20))
            .build();

    assertThat(benchmark.iterations()).isEqualTo(3);
    assertThat(benchmark.expectedThroughput()).hasValue(50_000);
    assertThat(benchmark.maxLatency()).contains(Duration.ofMillis(20));
  }

  @Test
  void rejectsABenchmarkWithoutInput() {
    assertThatThrownBy(() -> PluginBenchmark.builder("empty").build())
        .hasMessage(
            "PluginBenchmark [empty]: [input] is empty"
                + " (fix: give records to repeat with withInput(Records.text(\"...\")))");
  }

  @Test
  void rejectsAZeroDataSize() {
    assertThatThrownBy(() -> valid().withDataSize(0).build())
        .hasMessage(
            "PluginBenchmark [filter-1k]: [dataSize] must be at least 1 but was [0]"
                + " (fix: give the records per batch, e.g. 1000)");
  }

  @Test
  void rejectsANonPositiveThroughput() {
    assertThatThrownBy(() -> valid().withExpectedThroughput(-1).build())
        .hasMessage(
            "PluginBenchmark [filter-1k]: [expectedThroughput] must be a positive number of records"
                + " per second but was [-1.0] (fix: give the minimum records per second, e.g. 100000)");
  }

  @Test
  void rejectsAZeroLatency() {
    assertThatThrownBy(() -> valid().withMaxLatency(Duration.ZERO).build())
        .hasMessage(
            "PluginBenchmark [filter-1k]: [maxLatency] must be positive but was [PT0S]"
                + " (fix: give a positive latency, e.g. Duration.ofMillis(20))");
  }
}
