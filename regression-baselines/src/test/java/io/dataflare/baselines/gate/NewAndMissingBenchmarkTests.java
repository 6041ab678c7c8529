package io.dataflare.baselines.gate;

import static io.dataflare.baselines.fixtures.Runs.baseline;
import static io.dataflare.baselines.fixtures.Runs.baselines;
import static io.dataflare.baselines.fixtures.Runs.forks;
import static io.dataflare.baselines.fixtures.Runs.full;
import static io.dataflare.baselines.fixtures.Runs.run;
import static io.dataflare.baselines.fixtures.Runs.tenForks;
import static io.dataflare.baselines.fixtures.Runs.wallClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NewAndMissingBenchmarkTests {
  private final RegressionGate gate = RegressionGate.withDefaults();

  @Test
  void benchmarkWithoutBaselineIsNewAndPasses() {
    GateResult result = gate.check(Map.of(), run(full("a/new", tenForks(), 1000, forks(1, 1, 1))));

    BenchmarkVerdict v = result.verdict("a/new").orElseThrow();
    assertThat(v.verdict()).isEqualTo(Verdict.NEW);
    assertThat(v.rule().id()).isEqualTo("benchmark.new");
    assertThat(v.rule().sentence()).contains("mvn dataflare:update-baselines");
    assertThat(v.metrics())
        .extracting(MetricVerdict::metric)
        .containsExactly(Metric.WALL_CLOCK, Metric.INSTRUCTIONS, Metric.ALLOCATION);
    assertThat(v.metrics()).allSatisfy(m -> assertThat(m.currentForks()).isPositive());
    assertThat(result.passed()).isTrue();
  }

  @Test
  void baselineWithoutBenchmarkIsListedAsMissing() {
    GateResult result =
        gate.check(
            baselines(
                baseline(wallClock("a/kept", tenForks())),
                baseline(wallClock("a/gone", tenForks()))),
            run(wallClock("a/kept", tenForks())));

    assertThat(result.missingBenchmarks()).containsExactly("a/gone");
    assertThat(result.verdicts()).hasSize(1);
  }

  @Test
  void countsHaveEveryVerdict() {
    GateResult result = gate.check(Map.of(), run(wallClock("a/new", tenForks())));

    assertThat(result.counts())
        .containsEntry(Verdict.NEW, 1)
        .containsEntry(Verdict.REGRESSED, 0)
        .hasSize(6);
  }
}
