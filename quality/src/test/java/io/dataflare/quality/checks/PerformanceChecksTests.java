package io.dataflare.quality.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.quality.Backend;
import io.dataflare.quality.Check;
import io.dataflare.quality.QualityRules;
import io.dataflare.quality.evidence.BenchmarkEvidence;
import io.dataflare.quality.evidence.BenchmarkFigures;
import io.dataflare.quality.evidence.GateReport;
import io.dataflare.quality.evidence.GateReport.MetricVerdict;
import io.dataflare.quality.evidence.TargetResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PerformanceChecksTests {
  private static final BenchmarkFigures FILTER =
      new BenchmarkFigures(
          "p/filter", 1000, List.of(1e6), "us/op", Map.of(), 2.0, 100.0, List.of(), null, null);

  private static GateReport.Verdict verdict(
      String verdict, String allocation, String instructions) {
    return new GateReport.Verdict(
        "p/filter",
        verdict,
        "rule",
        "the reason",
        List.of(
            metric("ALLOCATION", allocation, "allocation reason"),
            metric("INSTRUCTIONS", instructions, "instructions went up by 12%")));
  }

  private static MetricVerdict metric(String name, String verdict, String reason) {
    return new MetricVerdict(name, verdict, reason, "u", 1.0, 1.0, 0.0, null, null);
  }

  private static BenchmarkEvidence run(GateReport.Verdict verdict, TargetResult... targets) {
    return new BenchmarkEvidence(
        List.of(FILTER),
        new GateReport(!verdict.verdict().equals("REGRESSED"), List.of(verdict), List.of()),
        List.of(targets));
  }

  private static Check check(List<Check> checks, String id) {
    return checks.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aBenchmarkPassingTheGateAgainstItsBaselineEarnsEveryPoint() {
    List<Check> checks =
        PerformanceChecks.all(
            Backend.WASM,
            1,
            true,
            run(
                verdict("PASS", "PASS", "IMPROVED"),
                new TargetResult("p/filter", "max_latency", true, "ok")));

    assertThat(checks).extracting(Check::points).containsExactly(5, 5, 5, 5, 5);
  }

  @Test
  void javaPluginsHaveNoInstructionBudget() {
    assertThat(PerformanceChecks.all(Backend.JAVA, 1, true, run(verdict("PASS", "PASS", "PASS"))))
        .extracting(Check::id)
        .doesNotContain(QualityRules.PERFORMANCE_INSTRUCTIONS.id());
  }

  @Test
  void withoutBenchmarksEveryCheckEarnsNothingAndTheFirstSaysToDeclareOne() {
    List<Check> checks = PerformanceChecks.all(Backend.JAVA, 0, true, BenchmarkEvidence.none());

    assertThat(checks).extracting(Check::points).containsOnly(0);
    assertThat(checks.get(0).hint()).startsWith("Declare a [[benchmark]]");
    assertThat(checks.get(2).hint()).startsWith("No benchmark results to check targets against");
  }

  @Test
  void disabledBenchmarksAreNamedAsTheReason() {
    assertThat(PerformanceChecks.benchmarks(2, false, BenchmarkEvidence.none()).hint())
        .contains("benchmark_enabled = false");
  }

  @Test
  void aBenchmarkWithoutBaselineDoesNotEarnTheGateOrBudgetPoints() {
    List<Check> checks =
        PerformanceChecks.all(Backend.WASM, 1, true, run(verdict("NEW", "NEW", "NEW")));

    assertThat(check(checks, "performance.gate").points()).isZero();
    assertThat(check(checks, "performance.gate").hint()).contains("mvn dataflare:update-baselines");
    assertThat(check(checks, "performance.allocation").points()).isZero();
    assertThat(check(checks, "performance.instructions").hint()).contains("update-baselines");
  }

  @Test
  void aRegressionCostsTheGateAndTheBudgetItBrokeWithItsReason() {
    List<Check> checks =
        PerformanceChecks.all(
            Backend.WASM, 1, true, run(verdict("REGRESSED", "PASS", "REGRESSED")));

    assertThat(check(checks, "performance.gate").points()).isZero();
    assertThat(check(checks, "performance.gate").hint()).contains("p/filter: the reason");
    assertThat(check(checks, "performance.allocation").points()).isEqualTo(5);
    assertThat(check(checks, "performance.instructions").points()).isZero();
    assertThat(check(checks, "performance.instructions").hint())
        .endsWith("instructions went up by 12%");
  }

  @Test
  void targetsEarnTheirShareMet() {
    Check targets =
        PerformanceChecks.targets(
            run(
                verdict("PASS", "PASS", "PASS"),
                new TargetResult("p/filter", "expected_throughput", true, "met"),
                new TargetResult(
                    "p/filter",
                    "max_latency",
                    false,
                    "p/filter: latency 9 ms is above max_latency 5 ms")));

    assertThat(targets.points()).isEqualTo(2);
    assertThat(targets.hint())
        .isEqualTo("Meet the target: p/filter: latency 9 ms is above max_latency 5 ms.");
  }

  @Test
  void noDeclaredTargetEarnsNothingAndSaysWhatToDeclare() {
    Check targets = PerformanceChecks.targets(run(verdict("PASS", "PASS", "PASS")));

    assertThat(targets.points()).isZero();
    assertThat(targets.hint()).contains("expected_throughput or max_latency");
  }

  @Test
  void aGateThatDidNotRunEarnsNothing() {
    Check gate = PerformanceChecks.gate(new BenchmarkEvidence(List.of(FILTER), null, List.of()));

    assertThat(gate.points()).isZero();
    assertThat(gate.hint()).contains("dataflare:check");
  }
}
