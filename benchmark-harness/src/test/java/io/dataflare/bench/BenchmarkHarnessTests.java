package io.dataflare.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BenchmarkHarnessTests {

  @Test
  void smokeModeRunsFiveForksOfOneShortIterationWithAFixedPreTouchedHeap() {
    assertThat(BenchmarkHarness.builder().mode(BenchmarkMode.SMOKE).build().describe())
        .isEqualTo(
            "smoke mode: 5 forks x (1 x 200 ms warm-up + 1 x 200 ms measurement), fork flags"
                + " [-Xms1g, -Xmx1g, -XX:+AlwaysPreTouch]");
  }

  @Test
  void onStackReplacementCanBeTurnedOff() {
    assertThat(
            BenchmarkHarness.builder()
                .mode(BenchmarkMode.SMOKE)
                .onStackReplacement(false)
                .build()
                .describe())
        .endsWith("fork flags [-Xms1g, -Xmx1g, -XX:+AlwaysPreTouch, -XX:-UseOnStackReplacement]");
  }

  @Test
  void everyModeRunsAtLeastFiveForksSoTheGateCanGate() {
    for (BenchmarkMode mode : BenchmarkMode.values()) {
      assertThat(mode.forks()).as(mode.userName()).isGreaterThanOrEqualTo(5);
    }
  }

  @Test
  void overridesReplaceTheModesValues() {
    String described =
        BenchmarkHarness.builder()
            .mode(BenchmarkMode.THOROUGH)
            .forks(7)
            .warmupIterations(0)
            .measurementIterations(2)
            .iterationTime(Duration.ofMillis(300))
            .heapSize("512m")
            .preTouchHeap(false)
            .jvmArgs("-XX:+UseParallelGC")
            .build()
            .describe();

    assertThat(described)
        .isEqualTo(
            "thorough mode: 7 forks x (0 x 300 ms warm-up + 2 x 300 ms measurement), fork flags"
                + " [-Xms512m, -Xmx512m, -XX:+UseParallelGC]");
  }

  @Test
  void rejectsAHeapSizeTheJvmCannotRead() {
    assertThatThrownBy(() -> BenchmarkHarness.builder().heapSize("1 GB"))
        .hasMessage(
            "Heap size [1 GB] is not a JVM memory size (fix: use a number with an optional k, m or"
                + " g suffix, e.g. 1g or 512m)");
  }

  @Test
  void rejectsZeroForks() {
    assertThatThrownBy(() -> BenchmarkHarness.builder().forks(0))
        .hasMessage("forks must be at least 1 but was [0]");
  }
}
