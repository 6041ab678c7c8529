package io.dataflare.maven.internal;

import static io.dataflare.maven.fixtures.Runs.baseline;
import static io.dataflare.maven.fixtures.Runs.measurement;
import static io.dataflare.maven.fixtures.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.baselines.gate.GateResult;
import io.dataflare.baselines.gate.RegressionGate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GateSummaryTests {
  private static final String ID = "error-filter/filter-1k";

  private final RegressionGate gate = RegressionGate.withDefaults();

  private GateResult instructionsGoFrom(double baseline, double current) {
    return gate.check(
        Map.of(ID, baseline(measurement(ID, 100, baseline))), run(measurement(ID, 100, current)));
  }

  @Test
  void failureMessageSaysWhatRegressedAndByHowMuch() {
    String message = GateSummary.failureMessage(instructionsGoFrom(1000, 1500));

    assertThat(message)
        .startsWith("Performance regression in 1 of 1 benchmark:")
        .contains("Benchmark [" + ID + "] regressed")
        .contains("instructions per record +50.0%")
        .contains("1000 instructions/record -> 1500 instructions/record");
  }

  @Test
  void failureMessageSaysHowToAcceptOrOnlyWarn() {
    String message = GateSummary.failureMessage(instructionsGoFrom(1000, 1500));

    assertThat(message)
        .contains("`mvn dataflare:update-baselines`")
        .contains("`-Ddataflare.failOnRegression=false`");
  }

  @Test
  void tableHasOneRowPerBenchmarkWithItsVerdict() {
    GateResult result = instructionsGoFrom(1000, 1500);

    assertThat(GateSummary.table(result))
        .hasSize(3)
        .last()
        .asString()
        .startsWith(ID)
        .contains("REGRESSED")
        .contains("+50.0%");
  }

  @Test
  void newBenchmarkPassesWithANoteOnHowToRecordIt() {
    GateResult result = gate.check(Map.of(), run(measurement(ID, 100, 1000)));

    assertThat(result.passed()).isTrue();
    assertThat(GateSummary.notes(result))
        .containsExactly(
            ID
                + " is new: it has no baseline yet, so it passes (record one with `mvn"
                + " dataflare:update-baselines`)");
  }

  @Test
  void sameModuleWithAnotherCountIsABrokenMeasurementNotARegression() {
    String module = "cc".repeat(32);
    GateResult result =
        gate.check(
            Map.of(ID, baseline(measurement(ID, 100, 1000, module))),
            run(measurement(ID, 100, 1500, module)));

    assertThat(result.failures()).isEmpty();
    assertThat(GateSummary.errorMessage(result))
        .startsWith("The regression gate found broken measurements:")
        .contains(ID)
        .contains("framework error");
  }

  @Test
  void unchangedRunHasNoNotes() {
    assertThat(GateSummary.notes(instructionsGoFrom(1000, 1000))).isEmpty();
  }

  @Test
  void baselineWithoutABenchmarkIsNoted() {
    GateResult result =
        gate.check(
            Map.of("gone/bench", baseline(measurement("gone/bench", 100, 10))),
            run(measurement(ID, 100, 1000)));

    assertThat(GateSummary.notes(result))
        .anySatisfy(
            note -> assertThat(note).startsWith("gone/bench has a baseline but did not run"));
  }
}
