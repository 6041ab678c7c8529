package io.dataflare.baselines.gate;

import static io.dataflare.baselines.fixtures.Runs.machine;
import static io.dataflare.baselines.fixtures.Runs.run;
import static io.dataflare.baselines.fixtures.Runs.scaled;
import static io.dataflare.baselines.fixtures.Runs.shuffled;
import static io.dataflare.baselines.fixtures.Runs.tenForks;
import static io.dataflare.baselines.fixtures.Runs.wallClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataflare.baselines.MeasurementSet;
import org.junit.jupiter.api.Test;

class AbModeTests {
  private static final String ID = "error-filter/filter-100B";

  private final RegressionGate gate = RegressionGate.withDefaults();
  private final MeasurementSet previous = run(wallClock(ID, tenForks()));

  @Test
  void slowerCurrentArtifactRegresses() {
    GateResult result = gate.compare(previous, run(wallClock(ID, scaled(tenForks(), 1.2))));

    BenchmarkVerdict v = result.verdict(ID).orElseThrow();
    assertThat(result.mode()).isEqualTo(GateResult.Mode.A_B);
    assertThat(v.verdict()).isEqualTo(Verdict.REGRESSED);
    assertThat(v.failsBuild()).isTrue();
    assertThat(v.fingerprint().abRun()).isTrue();
  }

  @Test
  void sameArtifactPasses() {
    GateResult result = gate.compare(previous, run(wallClock(ID, shuffled(tenForks()))));

    assertThat(result.verdict(ID).orElseThrow().verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void fingerprintsAreIdenticalByConstruction() {
    GateResult result =
        gate.compare(
            previous, run(machine("recorded differently"), wallClock(ID, scaled(tenForks(), 1.2))));

    BenchmarkVerdict v = result.verdict(ID).orElseThrow();
    assertThat(v.fingerprint().matches()).isTrue();
    assertThat(v.isWarning()).isFalse();
  }

  @Test
  void usesDefaultNoiseFloor() {
    GateResult result = gate.compare(previous, run(wallClock(ID, tenForks())));

    assertThat(result.verdict(ID).orElseThrow().minimumEffectPercent()).isEqualTo(5.0);
  }

  @Test
  void benchmarkOnlyInCurrentArtifactIsNew() {
    GateResult result = gate.compare(previous, run(wallClock("error-filter/new", tenForks())));

    BenchmarkVerdict v = result.verdict("error-filter/new").orElseThrow();
    assertThat(v.verdict()).isEqualTo(Verdict.NEW);
    assertThat(v.rule().sentence()).contains("did not run for the previous artifact (A)");
    assertThat(result.missingBenchmarks()).containsExactly(ID);
  }

  @Test
  void regressionIsConfirmedByANewInterleavedRunOfBothSides() {
    GateResult first = gate.compare(previous, run(wallClock(ID, scaled(tenForks(), 1.2))));

    GateResult confirmed =
        gate.confirm(
            first,
            run(wallClock(ID, scaled(tenForks(), 1.1))),
            run(wallClock(ID, scaled(tenForks(), 1.32))));

    assertThat(first.benchmarksToConfirm()).containsExactly(ID);
    assertThat(confirmed.verdict(ID).orElseThrow().confirmation())
        .isEqualTo(Confirmation.CONFIRMED);
  }

  @Test
  void regressionIsDroppedWhenNewInterleavedRunShowsNoChange() {
    GateResult first = gate.compare(previous, run(wallClock(ID, scaled(tenForks(), 1.2))));

    GateResult confirmed =
        gate.confirm(
            first,
            run(wallClock(ID, scaled(tenForks(), 1.2))),
            run(wallClock(ID, shuffled(scaled(tenForks(), 1.2)))));

    assertThat(confirmed.verdict(ID).orElseThrow().confirmation())
        .isEqualTo(Confirmation.NOT_CONFIRMED);
    assertThat(confirmed.passed()).isTrue();
  }

  @Test
  void abResultIsNotConfirmedWithOneRun() {
    GateResult first = gate.compare(previous, run(wallClock(ID, scaled(tenForks(), 1.2))));

    assertThatThrownBy(() -> gate.confirm(first, run(wallClock(ID, tenForks()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("confirm(first, rerunA, rerunB)");
  }
}
