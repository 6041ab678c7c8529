package io.dataflare.baselines.gate;

import static io.dataflare.baselines.fixtures.Runs.baseline;
import static io.dataflare.baselines.fixtures.Runs.baselines;
import static io.dataflare.baselines.fixtures.Runs.run;
import static io.dataflare.baselines.fixtures.Runs.scaled;
import static io.dataflare.baselines.fixtures.Runs.shuffled;
import static io.dataflare.baselines.fixtures.Runs.tenForks;
import static io.dataflare.baselines.fixtures.Runs.wallClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfirmationTests {
  private static final String SLOW = "error-filter/filter-100B";
  private static final String STEADY = "error-filter/filter-1KB";

  private final RegressionGate gate = RegressionGate.withDefaults();
  private final Map<String, io.dataflare.baselines.store.Baseline> baselines =
      baselines(baseline(wallClock(SLOW, tenForks())), baseline(wallClock(STEADY, tenForks())));

  @Test
  void wallClockRegressionWaitsForConfirmationOfOnlyThatBenchmark() {
    GateResult first = firstRun();

    assertThat(first.needsConfirmation()).isTrue();
    assertThat(first.benchmarksToConfirm()).containsExactly(SLOW);
    assertThat(first.verdict(SLOW).orElseThrow().confirmation()).isEqualTo(Confirmation.PENDING);
    // Without a re-run, the pending regression still fails.
    assertThat(first.passed()).isFalse();
  }

  @Test
  void regressionStandsWhenReRunRegressesToo() {
    GateResult confirmed = gate.confirm(firstRun(), run(wallClock(SLOW, scaled(tenForks(), 1.25))));

    BenchmarkVerdict v = confirmed.verdict(SLOW).orElseThrow();
    assertThat(v.verdict()).isEqualTo(Verdict.REGRESSED);
    assertThat(v.confirmation()).isEqualTo(Confirmation.CONFIRMED);
    assertThat(v.rule().id()).isEqualTo("wall.confirmed");
    assertThat(v.rule().sentence()).contains("the first run measured +20.0%", "the re-run +25.0%");
    assertThat(confirmed.passed()).isFalse();
    assertThat(confirmed.needsConfirmation()).isFalse();
  }

  @Test
  void regressionIsDroppedWhenReRunDoesNotRegress() {
    GateResult confirmed = gate.confirm(firstRun(), run(wallClock(SLOW, shuffled(tenForks()))));

    BenchmarkVerdict v = confirmed.verdict(SLOW).orElseThrow();
    assertThat(v.verdict()).isEqualTo(Verdict.PASS);
    assertThat(v.confirmation()).isEqualTo(Confirmation.NOT_CONFIRMED);
    assertThat(v.rule().id()).isEqualTo("wall.not-confirmed");
    assertThat(v.rule().sentence()).startsWith("Not confirmed, treated as noise");
    assertThat(confirmed.passed()).isTrue();
  }

  @Test
  void benchmarksThatNeedNoConfirmationKeepTheirVerdicts() {
    GateResult first = firstRun();

    GateResult confirmed = gate.confirm(first, run(wallClock(SLOW, scaled(tenForks(), 1.25))));

    assertThat(confirmed.verdict(STEADY)).isEqualTo(first.verdict(STEADY));
  }

  @Test
  void reRunWithoutThePendingBenchmarkIsRejected() {
    GateResult first = firstRun();

    assertThatThrownBy(() -> gate.confirm(first, run(wallClock(STEADY, tenForks()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lacks benchmark [" + SLOW + "]");
  }

  private GateResult firstRun() {
    return gate.check(
        baselines,
        run(wallClock(SLOW, scaled(tenForks(), 1.2)), wallClock(STEADY, shuffled(tenForks()))));
  }
}
