package io.dataflare.quality.checks;

import static io.dataflare.quality.fixtures.Evidences.failingCase;
import static io.dataflare.quality.fixtures.Evidences.plainCases;
import static io.dataflare.quality.fixtures.Evidences.specs;
import static io.dataflare.quality.fixtures.Evidences.test;
import static io.dataflare.quality.fixtures.Evidences.testCase;
import static io.dataflare.quality.fixtures.Evidences.tests;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.FailureKind;
import io.dataflare.quality.Check;
import io.dataflare.quality.evidence.SpecInventory;
import io.dataflare.quality.evidence.SpecSuite;
import io.dataflare.quality.evidence.TestCaseResult.Status;
import io.dataflare.testkit.Expectations;
import io.dataflare.testkit.PluginTestCase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestChecksTests {

  @ParameterizedTest
  @CsvSource({"0, 0", "1, 2", "4, 8", "5, 10", "9, 10"})
  void casesGiveTwoPointsEachUpToFive(int cases, int points) {
    Check check = TestChecks.cases(specs(plainCases(cases).toArray(PluginTestCase[]::new)));

    assertThat(check.points()).isEqualTo(points);
    assertThat(check.evidence()).containsEntry("cases", cases);
  }

  @Test
  void theCasesHintSaysHowManyMoreCasesGiveFullPoints() {
    assertThat(TestChecks.cases(specs(plainCases(3).toArray(PluginTestCase[]::new))).hint())
        .startsWith("Add 2 more cases");
  }

  @Test
  void aCaseExpectingAFailureTestsAnErrorPath() {
    Check check =
        TestChecks.errorPaths(specs(testCase("ok", Expectations.count(1)), failingCase()));

    assertThat(check.points()).isEqualTo(5);
    assertThat(check.evidence()).containsEntry("casesExpectingFailure", 1);
  }

  @Test
  void aFailureExpectedInOneBatchOfSeveralCounts() {
    PluginTestCase perBatch =
        PluginTestCase.builder("second-batch-fails")
            .withBatch(io.dataflare.testkit.Records.text("a"))
            .withBatch(io.dataflare.testkit.Records.text("b"))
            .expecting(
                Expectations.batches(
                    Expectations.count(1), Expectations.failure(FailureKind.TIMEOUT)))
            .build();

    assertThat(TestChecks.errorPaths(specs(perBatch)).evidence().get("examples"))
        .isEqualTo(List.of("suite/second-batch-fails [TIMEOUT]"));
  }

  @Test
  void noCaseExpectingAFailureEarnsNothingAndSaysHowToWriteOne() {
    Check check = TestChecks.errorPaths(specs(plainCases(3).toArray(PluginTestCase[]::new)));

    assertThat(check.points()).isZero();
    assertThat(check.hint()).contains("expect.failure = \"PLUGIN_ERROR\"");
  }

  @Test
  void contractsDoNotApplyWhenNoSpecDeclaresThem() {
    Check check = TestChecks.contracts(specs(failingCase()), tests());

    assertThat(check.applicable()).isFalse();
    assertThat(check.hint()).contains("[properties] contracts = [");
  }

  private static SpecInventory withContracts() {
    return new SpecInventory(
        List.of(
            new SpecSuite(
                "props",
                "props.toml",
                null,
                List.of(),
                List.of(),
                List.of("deterministic", "batch"))),
        List.of());
  }

  @Test
  void contractsPassWhenEachRanAsATestOfItsSuiteAndPassed() {
    Check check =
        TestChecks.contracts(
            withContracts(),
            tests(
                test("props", "deterministic", Status.PASSED),
                test("props", "batch", Status.PASSED),
                test("other", "deterministic", Status.FAILED)));

    assertThat(check.points()).isEqualTo(5);
    assertThat(check.evidence()).containsEntry("contracts", 2).containsEntry("passed", 2);
    assertThat(check.hint()).isEqualTo("Full points: 2 contracts pass.");
  }

  @Test
  void aFailingContractCostsTheContractsPointsAndIsNamed() {
    Check check =
        TestChecks.contracts(
            withContracts(),
            tests(
                test("props", "deterministic", Status.PASSED),
                test("props", "batch", Status.FAILED)));

    assertThat(check.points()).isZero();
    assertThat(check.hint()).isEqualTo("Fix the plugin for the failing contracts: props/batch.");
  }

  @Test
  void aContractThatDidNotRunEarnsNothing() {
    Check check =
        TestChecks.contracts(
            withContracts(),
            tests(
                test("props", "deterministic", Status.PASSED),
                test("props", "batch", Status.SKIPPED)));

    assertThat(check.points()).isZero();
    assertThat(check.evidence()).containsEntry("notRun", List.of("props/batch"));
    assertThat(check.hint()).contains("run `mvn verify`");
  }
}
