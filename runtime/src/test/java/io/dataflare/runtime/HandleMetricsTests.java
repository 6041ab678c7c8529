package io.dataflare.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.fixtures.FixturePlugin;
import io.dataflare.runtime.fixtures.LoopOnDemandFilter;
import io.dataflare.runtime.fixtures.Records;
import io.dataflare.runtime.fixtures.ThrowingFilter;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class HandleMetricsTests {
  private final PluginRuntime runtime = PluginRuntime.builder().build();

  @AfterEach
  void close() {
    runtime.close();
  }

  @Test
  void startsEmpty() {
    PluginHandle handle =
        runtime.load(FixturePlugin.manifestOf(ThrowingFilter.class, PluginType.FILTER));

    assertThat(handle.metrics()).isEqualTo(new HandleMetrics(0, 0, Map.of(), 0, 0, 0));
  }

  @Test
  void countsCallsRecordsAndFailuresByKind() {
    PluginHandle handle =
        runtime.load(
            FixturePlugin.manifestOf(
                ThrowingFilter.class, PluginType.FILTER, Duration.ofMillis(200)));

    handle.processBatch(Records.numbered(3));
    handle.processBatch(Records.numbered(2));
    handle.processBatch(Records.texts("boom"));
    handle.processBatch(Records.texts("a", "boom"));

    HandleMetrics metrics = handle.metrics();
    assertThat(metrics.calls()).isEqualTo(4);
    assertThat(metrics.records()).isEqualTo(8);
    assertThat(metrics.failures()).isEqualTo(Map.of(FailureKind.PLUGIN_ERROR, 2L));
  }

  @Test
  void countsTimeoutsSeparately() {
    PluginHandle handle =
        runtime.load(
            FixturePlugin.manifestOf(
                LoopOnDemandFilter.class, PluginType.FILTER, Duration.ofMillis(100)));

    handle.processBatch(Records.texts("loop"));
    handle.processBatch(Records.texts("fine"));

    assertThat(handle.metrics().failures()).isEqualTo(Map.of(FailureKind.TIMEOUT, 1L));
  }

  @Test
  void ordersTheLatencyFiguresOfTheHistogram() {
    PluginHandle handle =
        runtime.load(FixturePlugin.manifestOf(ThrowingFilter.class, PluginType.FILTER));

    for (int call = 0; call < 50; call++) {
      handle.processBatch(Records.numbered(10));
    }

    HandleMetrics metrics = handle.metrics();
    assertThat(metrics.latencyP50Nanos()).isPositive();
    assertThat(metrics.latencyP99Nanos()).isGreaterThanOrEqualTo(metrics.latencyP50Nanos());
    assertThat(metrics.latencyMaxNanos()).isGreaterThanOrEqualTo(metrics.latencyP99Nanos());
  }
}
