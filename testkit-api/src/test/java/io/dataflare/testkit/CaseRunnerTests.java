package io.dataflare.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.runtime.BatchResult;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginRuntime;
import io.dataflare.testkit.fixtures.TestPlugins;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link CaseRunner} on a real pooled runtime with native plugins. */
class CaseRunnerTests {
  private final PluginRuntime runtime = PluginRuntime.builder().withPoolSize(2).build();

  @AfterEach
  void closeRuntime() {
    runtime.close();
  }

  private PluginHandle load(PluginSource source) {
    return source.load(runtime, source.defaultLimits());
  }

  @Test
  void passingCaseReportsItsFigures() {
    PluginTestCase testCase =
        PluginTestCase.builder("upper-cases")
            .withInput(Records.text("a"), Records.text("b"))
            .expecting(Expectations.outputValues("A", "B"))
            .build();

    CaseReport report = CaseRunner.run(load(TestPlugins.upperCase()), testCase);

    assertThat(report.passed()).isTrue();
    assertThat(report.mismatches()).isEmpty();
    assertThat(report.recordsIn()).isEqualTo(2);
    assertThat(report.recordsOut()).isEqualTo(2);
    assertThat(report.nanos()).isPositive();
    assertThat(report.instructions()).isEqualTo(BatchResult.NOT_MEASURED);
  }

  @Test
  void wrongExpectationNamesTheCaseRecordAndField() {
    PluginTestCase testCase =
        PluginTestCase.builder("upper-cases")
            .withInput(Records.text("a"), Records.text("b"))
            .expecting(Expectations.outputValues("A", "b"))
            .build();

    CaseReport report = CaseRunner.run(load(TestPlugins.upperCase()), testCase);

    assertThat(report.passed()).isFalse();
    assertThat(report.mismatches())
        .singleElement()
        .satisfies(
            mismatch -> {
              assertThat(mismatch.headline())
                  .isEqualTo("case [upper-cases]: output record [1] value differs");
              assertThat(mismatch.expected())
                  .isEqualTo("[0] { value = \"A\" }\n[1] { value = \"b\" }");
              assertThat(mismatch.actual())
                  .isEqualTo("[0] { value = \"A\" }\n[1] { value = \"B\" }");
            });
  }

  @Test
  void reportsEveryUnmetExpectation() {
    PluginTestCase testCase =
        PluginTestCase.builder("two-wrong")
            .withInput(Records.text("a"))
            .expecting(Expectations.count(2), Expectations.contains("z"), Expectations.count(1))
            .build();

    CaseReport report = CaseRunner.run(load(TestPlugins.upperCase()), testCase);

    assertThat(report.mismatches()).hasSize(2);
  }

  @Test
  void stateCarriesAcrossTheBatchesOfOneCase() {
    PluginTestCase testCase =
        PluginTestCase.builder("counts")
            .withBatch(Records.text("a"), Records.text("b"))
            .withBatch(Records.text("c"))
            .expecting(
                Expectations.outputValues("count=1", "count=2", "count=3"),
                Expectations.batches(Expectations.count(2), Expectations.outputValues("count=3")))
            .build();

    assertThat(CaseRunner.run(load(TestPlugins.runningCount()), testCase).passed()).isTrue();
  }

  @Test
  void eachRunStartsFromAResetInstance() {
    PluginHandle handle = load(TestPlugins.runningCount());
    PluginTestCase testCase =
        PluginTestCase.builder("counts-from-one")
            .withInput(Records.text("a"))
            .expecting(Expectations.outputValues("count=1"))
            .build();

    assertThat(CaseRunner.run(handle, testCase).passed()).isTrue();
    assertThat(CaseRunner.run(handle, testCase).passed()).isTrue();
  }

  @Test
  void caseTimeoutStopsASleepingPluginAndTheNextCaseStillRuns() {
    PluginHandle handle = load(TestPlugins.sleeping());
    PluginTestCase sleeps =
        PluginTestCase.builder("sleeps")
            .withInput(Records.text("fine"), Records.text("sleep"))
            .withTimeout(Duration.ofMillis(200))
            .expecting(Expectations.failure(FailureKind.TIMEOUT))
            .build();
    PluginTestCase next =
        PluginTestCase.builder("next")
            .withInput(Records.text("fine"))
            .expecting(Expectations.outputValues("fine"))
            .build();

    CaseReport timedOut = CaseRunner.run(handle, sleeps);
    CaseReport after = CaseRunner.run(handle, next);

    assertThat(timedOut.passed()).isTrue();
    assertThat(timedOut.outcome().failure().orElseThrow().kind()).isEqualTo(FailureKind.TIMEOUT);
    assertThat(after.passed()).isTrue();
  }

  @Test
  void exceptionBecomesAPluginErrorNamingTheRecord() {
    PluginTestCase testCase =
        PluginTestCase.builder("throws")
            .withInput(Records.text("ok"), Records.text("boom"))
            .expecting(
                Expectations.failure(FailureKind.PLUGIN_ERROR, java.util.Optional.of("record [1]")))
            .build();

    CaseReport report = CaseRunner.run(load(TestPlugins.throwing()), testCase);

    assertThat(report.passed()).as("%s", report.mismatches()).isTrue();
  }

  @Test
  void unexpectedFailureIsAMismatchNamingTheKindAndRecord() {
    PluginTestCase testCase =
        PluginTestCase.builder("throws")
            .withInput(Records.text("ok"), Records.text("boom"))
            .expecting(Expectations.count(2))
            .build();

    CaseReport report = CaseRunner.run(load(TestPlugins.throwing()), testCase);

    assertThat(report.mismatches())
        .singleElement()
        .extracting(Mismatch::headline)
        .isEqualTo("case [throws]: plugin failed with [PLUGIN_ERROR] at record [1]");
  }

  @Test
  void aFailedBatchDoesNotEndTheRun() {
    PluginTestCase testCase =
        PluginTestCase.builder("recovers")
            .withBatch(Records.text("boom"))
            .withBatch(Records.text("after"))
            .expecting(
                Expectations.batches(
                    Expectations.failure(FailureKind.PLUGIN_ERROR),
                    Expectations.outputValues("after")))
            .build();

    CaseReport report = CaseRunner.run(load(TestPlugins.throwing()), testCase);

    assertThat(report.passed()).as("%s", report.mismatches()).isTrue();
    assertThat(report.outcome().batchResults()).hasSize(2);
    assertThat(report.outcome().allOutputs()).containsExactly(PluginRecord.ofText("after"));
  }

  @Test
  void limitsForACaseOverrideOnlyWhatTheCaseGives() {
    PluginSource source = TestPlugins.upperCase();
    PluginTestCase testCase =
        PluginTestCase.builder("limited")
            .withInput(Records.text("a"))
            .withMemoryLimitMb(8)
            .expecting(Expectations.count(1))
            .build();

    assertThat(source.limitsFor(testCase)).isEqualTo(source.defaultLimits().withMaxMemoryMb(8));
  }
}
