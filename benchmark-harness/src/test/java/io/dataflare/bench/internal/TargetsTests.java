package io.dataflare.bench.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.bench.TargetCheck;
import io.dataflare.bench.plan.PlannedBenchmark;
import io.dataflare.bench.plan.PluginLocator;
import io.dataflare.testkit.PluginBenchmark;
import io.dataflare.testkit.Records;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TargetsTests {
  private static final String ID = "error-filter/filter-100B";

  @Test
  void throughputBelowTargetSaysByHowMuch() {
    TargetCheck check = Targets.throughput(ID, 2_000_000, 1_200_000);

    assertThat(check.met()).isFalse();
    assertThat(check.message())
        .isEqualTo(
            "error-filter/filter-100B: throughput 1.2 M records/s is 40% below"
                + " expected_throughput 2.0 M records/s");
    assertThat(check.missPercent()).isEqualTo(40.0, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void throughputAboveTargetSaysWithHowMuchRoom() {
    TargetCheck check = Targets.throughput(ID, 2_000_000, 2_500_000);

    assertThat(check.met()).isTrue();
    assertThat(check.message())
        .isEqualTo(
            "error-filter/filter-100B: throughput 2.5 M records/s meets expected_throughput 2.0 M"
                + " records/s (25% above)");
    assertThat(check.missPercent()).isNegative();
  }

  @Test
  void latencyAboveTargetSaysByHowMuch() {
    TargetCheck check = Targets.latency(ID, 2_000_000, 3_400_000);

    assertThat(check.met()).isFalse();
    assertThat(check.message())
        .isEqualTo(
            "error-filter/filter-100B: p99 latency 3.4 ms of a batch call is 70% above max_latency"
                + " 2.0 ms");
  }

  @Test
  void smallMissesKeepOneDecimal() {
    assertThat(Targets.throughput(ID, 1_000_000, 955_000).message())
        .contains("is 4.5% below expected_throughput 1.0 M records/s");
  }

  @Test
  void checksOnlyTheTargetsTheSpecSets() {
    PluginBenchmark.Builder spec =
        PluginBenchmark.builder("filter-100B").withInput(Records.text("x"));
    PluginLocator plugin = PluginLocator.manifest(Path.of("p"));

    assertThat(
            Targets.check(
                PlannedBenchmark.builder("error-filter", plugin, spec.build()).build(), 1e6, 1e3))
        .isEmpty();
    PluginBenchmark withTargets =
        spec.withMaxLatency(Duration.ofMillis(1)).withExpectedThroughput(1e5).build();
    assertThat(
            Targets.check(
                PlannedBenchmark.builder("error-filter", plugin, withTargets).build(), 1e6, 2e6))
        .extracting(TargetCheck::target, TargetCheck::met)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(TargetCheck.Target.EXPECTED_THROUGHPUT, true),
            org.assertj.core.groups.Tuple.tuple(TargetCheck.Target.MAX_LATENCY, false));
  }
}
