package io.dataflare.quality.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.dataflare.quality.fixtures.FixtureProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real harness run with baselines recorded from it and the real gate's report. */
class BenchmarkResultsTests {
  @TempDir Path temp;

  private BenchmarkEvidence read(Path project) {
    return BenchmarkResults.read(
        project.resolve("target/dataflare"), project.resolve("src/test/dataflare/baselines"));
  }

  @Test
  void readsEachBenchmarksFiguresAndItsBaselines() {
    Path project = FixtureProjects.builtWasm(temp);

    BenchmarkFigures figures = read(project).benchmarks().get(0);

    assertThat(figures.benchmarkId()).isEqualTo("error-filter/filter-mixed-1k");
    assertThat(figures.dataSize()).isEqualTo(1000);
    assertThat(figures.throughput()).hasSize(6).allSatisfy(v -> assertThat(v).isPositive());
    // the baseline's from its wall-clock forks, this run's from the harness's records/s
    assertThat(figures.baselineThroughput()).hasSize(6);
    for (int i = 0; i < 6; i++) {
      assertThat(figures.baselineThroughput().get(i))
          .isCloseTo(figures.throughput().get(i), within(1e-6 * figures.throughput().get(i)));
    }
    assertThat(figures.latency()).containsOnlyKeys("p50", "p90", "p99", "p99.9");
    assertThat(figures.latencyUnit()).isEqualTo("us/op");
    assertThat(figures.instructionsPerRecord()).isEqualTo(1895.857);
    assertThat(figures.baselineInstructionsPerRecord()).isEqualTo(1895.857);
    assertThat(figures.allocationPerRecord()).isPositive();
  }

  @Test
  void readsTheGatesVerdictsWithTheirReasonsAndTheTargets() {
    BenchmarkEvidence evidence = read(FixtureProjects.builtWasm(temp));

    GateReport gate = evidence.gateReport().orElseThrow();
    assertThat(gate.passed()).isTrue();
    GateReport.Verdict verdict = gate.verdict("error-filter/filter-mixed-1k").orElseThrow();
    assertThat(verdict.verdict()).isEqualTo("PASS");
    assertThat(verdict.metric("WALL_CLOCK").orElseThrow().lowPercent()).isNotNull();
    assertThat(verdict.metric("INSTRUCTIONS").orElseThrow().reason()).startsWith("Unchanged");
    assertThat(evidence.targets())
        .singleElement()
        .satisfies(t -> assertThat(t.target()).isEqualTo("expected_throughput"));
  }

  @Test
  void nothingRunMeansNoBenchmarksNoGateAndNoTargets() {
    BenchmarkEvidence evidence = read(temp);

    assertThat(evidence.benchmarks()).isEmpty();
    assertThat(evidence.gateReport()).isEmpty();
    assertThat(evidence.targets()).isEmpty();
  }

  @Test
  void aBrokenGateReportIsABrokenSetupNamingTheFile() throws Exception {
    Path output = Files.createDirectories(temp.resolve("target/dataflare"));
    Files.writeString(output.resolve("regression-report.json"), "{ \"passed\": ");

    assertThatThrownBy(() -> read(temp))
        .isInstanceOf(EvidenceException.class)
        .hasMessageContaining("regression-report.json");
  }
}
