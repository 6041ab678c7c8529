package io.dataflare.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoadMonitorTests {

  @Test
  void stopTakesALastSampleAndReportsMeanAndMax() {
    AtomicInteger calls = new AtomicInteger();
    double[] loads = {2.0, 4.0, 6.0};
    LoadMonitor monitor =
        LoadMonitor.start(4, () -> loads[Math.min(calls.getAndIncrement(), 2)], 3_600_000);

    MachineLoad load = monitor.stop();

    assertThat(load.cores()).isEqualTo(4);
    assertThat(load.samples()).isBetween(1, 2);
    assertThat(load.maxLoad()).isEqualTo(loads[load.samples() - 1]);
    assertThat(load.meanLoad()).isEqualTo(load.samples() == 1 ? 2.0 : 3.0);
  }

  @Test
  void systemWithoutALoadAverageReportsNone() {
    MachineLoad load = LoadMonitor.start(2, () -> -1, 3_600_000).stop();

    assertThat(load.samples()).isZero();
    assertThat(load.busy()).isFalse();
    assertThat(load.describe()).isEqualTo("load not reported by this system");
  }
}
