package io.dataflare.baselines.gate;

import static io.dataflare.baselines.fixtures.Runs.baseline;
import static io.dataflare.baselines.fixtures.Runs.baselines;
import static io.dataflare.baselines.fixtures.Runs.forks;
import static io.dataflare.baselines.fixtures.Runs.machine;
import static io.dataflare.baselines.fixtures.Runs.run;
import static io.dataflare.baselines.fixtures.Runs.tenForks;
import static io.dataflare.baselines.fixtures.Runs.wallClock;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.baselines.Measurement;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationGateTests {
  private static final String ID = "error-filter/filter-100B";

  private final RegressionGate gate = RegressionGate.withDefaults();

  @Test
  void pathThatAllocatedNothingNowAllocatingHundredBytesRegresses() {
    BenchmarkVerdict v = check(forks(0, 0, 0, 0, 0), forks(100, 100, 100, 100, 100));

    assertThat(v.verdict()).isEqualTo(Verdict.REGRESSED);
    assertThat(v.failsBuild()).isTrue();
    assertThat(v.rule().id()).isEqualTo("allocation.now-allocates");
    assertThat(v.rule().sentence()).contains("from 0 to 100 B/record");
  }

  @Test
  void jmhNoiseAroundZeroIsNotAllocation() {
    // JMH's gc.alloc.rate.norm reports a fraction of a byte per call for code that allocates
    // nothing.
    BenchmarkVerdict v = check(forks(0.0007, 0.0012, 0.0008), forks(0.0019, 0.0009, 0.0014));

    assertThat(v.verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void everyForkMoreThanSixtyFourBytesAboveRegresses() {
    BenchmarkVerdict v = check(forks(1000, 1000, 1000), forks(1070, 1066, 1080));

    assertThat(v.verdict()).isEqualTo(Verdict.REGRESSED);
    assertThat(v.rule().id()).isEqualTo("allocation.above-tolerance");
    assertThat(v.rule().sentence()).contains("max(2.0%, 64 B) = 64 B/record", "from 1000 to 1070");
  }

  @Test
  void oneForkWithinToleranceKeepsItPassing() {
    BenchmarkVerdict v = check(forks(1000, 1000, 1000), forks(1070, 1060, 1080));

    assertThat(v.verdict()).isEqualTo(Verdict.PASS);
    assertThat(v.metric(Metric.ALLOCATION).orElseThrow().rule().id())
        .isEqualTo("allocation.within-tolerance");
  }

  @Test
  void increaseBelowSixtyFourBytesPassesEvenWhenLargeInPercent() {
    BenchmarkVerdict v = check(forks(100, 100, 100), forks(150, 150, 150));

    assertThat(v.verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void twoPercentRuleAppliesToLargeAllocations() {
    BenchmarkVerdict v = check(forks(10_000, 10_000, 10_000), forks(10_250, 10_210, 10_300));

    assertThat(v.verdict()).isEqualTo(Verdict.REGRESSED);
    assertThat(v.rule().sentence()).contains("= 200 B/record");
  }

  @Test
  void everyForkFarBelowImproves() {
    BenchmarkVerdict v = check(forks(1000, 1000, 1000), forks(500, 510, 490));

    assertThat(v.verdict()).isEqualTo(Verdict.IMPROVED);
    assertThat(v.rule().id()).isEqualTo("allocation.below-tolerance");
  }

  @Test
  void allocationRegressionStillFailsOnAnotherMachine() {
    BenchmarkVerdict v =
        gate.check(
                baselines(baseline(allocating(forks(0, 0, 0)))),
                run(machine("AMD EPYC 7B13"), allocating(forks(100, 100, 100))))
            .verdict(ID)
            .orElseThrow();

    assertThat(v.failsBuild()).isTrue();
  }

  private BenchmarkVerdict check(List<Double> before, List<Double> after) {
    return gate.check(baselines(baseline(allocating(before))), run(allocating(after)))
        .verdict(ID)
        .orElseThrow();
  }

  private static Measurement allocating(List<Double> bytesPerRecord) {
    return wallClock(ID, tenForks()).toBuilder().withAllocationPerRecord(bytesPerRecord).build();
  }
}
