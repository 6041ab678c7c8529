package io.dataflare.baselines.gate;

import static io.dataflare.baselines.fixtures.Runs.baseline;
import static io.dataflare.baselines.fixtures.Runs.baselines;
import static io.dataflare.baselines.fixtures.Runs.machine;
import static io.dataflare.baselines.fixtures.Runs.run;
import static io.dataflare.baselines.fixtures.Runs.shuffled;
import static io.dataflare.baselines.fixtures.Runs.tenForks;
import static io.dataflare.baselines.fixtures.Runs.wallClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dataflare.baselines.InstructionCount;
import io.dataflare.baselines.Measurement;
import io.dataflare.baselines.MeasurementSet;
import org.junit.jupiter.api.Test;

class InstructionGateTests {
  private static final String ID = "error-filter/filter-100B";
  private static final String OTHER_MODULE =
      "0000000000000000000000000000000000000000000000000000000000000001";

  private final RegressionGate gate = RegressionGate.withDefaults();

  @Test
  void onePointFivePercentMoreInstructionsRegresses() {
    BenchmarkVerdict v = check(1000, 1015, OTHER_MODULE);

    assertThat(v.verdict()).isEqualTo(Verdict.REGRESSED);
    assertThat(v.failsBuild()).isTrue();
    assertThat(v.rule().id()).isEqualTo("instructions.above-tolerance");
    assertThat(v.rule().sentence())
        .isEqualTo(
            "More work: from 1000 to 1015 instructions per record (+1.5%), more than the 1.0% allowed.");
    assertThat(v.metric(Metric.INSTRUCTIONS).orElseThrow().changePercent())
        .isCloseTo(1.5, within(1e-9));
  }

  @Test
  void onePercentMoreInstructionsRegressesWhenJustAboveTolerance() {
    assertThat(check(1000, 1010.01, OTHER_MODULE).verdict()).isEqualTo(Verdict.REGRESSED);
  }

  @Test
  void smallIncreaseWithinOnePercentPassesButIsReported() {
    BenchmarkVerdict v = check(1000, 1004, OTHER_MODULE);

    assertThat(v.verdict()).isEqualTo(Verdict.PASS);
    MetricVerdict count = v.metric(Metric.INSTRUCTIONS).orElseThrow();
    assertThat(count.rule().id()).isEqualTo("instructions.within-tolerance");
    assertThat(count.rule().sentence()).contains("from 1000 to 1004", "+0.4%");
  }

  @Test
  void fewerInstructionsImprove() {
    BenchmarkVerdict v = check(1000, 900, OTHER_MODULE);

    assertThat(v.verdict()).isEqualTo(Verdict.IMPROVED);
    assertThat(v.rule().id()).isEqualTo("instructions.fewer");
  }

  @Test
  void unchangedCountPasses() {
    BenchmarkVerdict v = check(1000, 1000, null);

    assertThat(v.metric(Metric.INSTRUCTIONS).orElseThrow().rule().id())
        .isEqualTo("instructions.unchanged");
    assertThat(v.verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void changedCountWithSameModuleAndInputIsAFrameworkError() {
    BenchmarkVerdict v = check(1000, 1015, null);

    assertThat(v.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(v.isError()).isTrue();
    assertThat(v.failsBuild()).isFalse();
    assertThat(v.rule().id()).isEqualTo("instructions.changed-same-hashes");
    assertThat(v.rule().sentence())
        .startsWith("Framework error")
        .contains("same SHA-256s", "not a plugin regression");
  }

  @Test
  void countThatDiffersBetweenPassesIsAFrameworkError() {
    Measurement after =
        wallClock(ID, tenForks()).toBuilder()
            .withInstructionsPerRecord(InstructionCount.of(1000, 1001))
            .build();

    BenchmarkVerdict v =
        gate.check(baselines(baseline(withInstructions(1000, null))), run(after))
            .verdict(ID)
            .orElseThrow();

    assertThat(v.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(v.rule().id()).isEqualTo("instructions.not-repeatable");
  }

  @Test
  void instructionRegressionStillFailsOnAnotherMachine() {
    MeasurementSet elsewhere = run(machine("AMD EPYC 7B13"), withInstructions(1015, OTHER_MODULE));

    BenchmarkVerdict v =
        gate.check(baselines(baseline(withInstructions(1000, null))), elsewhere)
            .verdict(ID)
            .orElseThrow();

    assertThat(v.failsBuild()).isTrue();
    assertThat(v.rule().id()).isEqualTo("instructions.above-tolerance");
  }

  @Test
  void instructionRegressionNeedsNoConfirmationRun() {
    GateResult result =
        gate.check(
            baselines(baseline(withInstructions(1000, null))),
            run(withInstructions(1100, OTHER_MODULE)));

    assertThat(result.passed()).isFalse();
    assertThat(result.needsConfirmation()).isFalse();
  }

  @Test
  void countMissingFromCurrentRunIsInconclusive() {
    BenchmarkVerdict v =
        gate.check(
                baselines(baseline(withInstructions(1000, null))), run(wallClock(ID, tenForks())))
            .verdict(ID)
            .orElseThrow();

    assertThat(v.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(v.rule().id()).isEqualTo("instructions.not-measured");
  }

  private BenchmarkVerdict check(double before, double after, String currentModule) {
    return gate.check(
            baselines(baseline(withInstructions(before, null))),
            run(withInstructions(after, currentModule)))
        .verdict(ID)
        .orElseThrow();
  }

  /** Same wall-clock distribution, given count; a null module keeps the baseline's module hash. */
  private static Measurement withInstructions(double perRecord, String module) {
    Measurement.Builder b =
        wallClock(ID, shuffled(tenForks())).toBuilder()
            .withInstructionsPerRecord(InstructionCount.of(perRecord, perRecord));
    if (module != null) {
      b.withModuleSha256(module);
    }
    return b.build();
  }
}
