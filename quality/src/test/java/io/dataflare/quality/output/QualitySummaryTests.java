package io.dataflare.quality.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.quality.Backend;
import io.dataflare.quality.Check;
import io.dataflare.quality.Gate;
import io.dataflare.quality.QualityResult;
import io.dataflare.quality.QualityRules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualitySummaryTests {

  private static QualityResult result(Gate tests, Check... checks) {
    return new QualityResult(
        "p",
        "1",
        Backend.WASM,
        1,
        List.of(Gate.passed(Gate.MANIFEST, "ok"), Gate.passed(Gate.BUILD, "ok"), tests),
        List.of(checks),
        List.of(),
        null);
  }

  @Test
  void givesTheScoreTheThreeWeakestChecksWithTheirHintsAndTheReport() {
    QualityResult result =
        result(
            Gate.passed(Gate.TESTS, "ok"),
            Check.scored(QualityRules.TESTS_CASES, 10, Map.of(), "full"),
            Check.scored(QualityRules.TESTS_ERROR_PATHS, 0, Map.of(), "Add a failing case."),
            Check.scored(QualityRules.COVERAGE_FUNCTIONS, 16, Map.of(), "Reach 1 more function."),
            Check.scored(QualityRules.DOCS_README, 0, Map.of(), "Add a README.md."),
            Check.scored(QualityRules.DOCS_CHANGELOG, 2, Map.of(), "Not shown: fourth."));

    assertThat(QualitySummary.lines("sample-01", result, "samples/01/target/dataflare/report.html"))
        .containsExactly(
            "sample-01: 65.1 / 100 (28 of 43 points, rules v1)",
            "  tests.error-paths 0/5: Add a failing case.",
            "  coverage.functions 16/20: Reach 1 more function.",
            "  docs.readme 0/4: Add a README.md.",
            "  report: samples/01/target/dataflare/report.html");
  }

  @Test
  void saysWhichGateFailedWhenThereIsNoScore() {
    QualityResult result =
        result(Gate.failed(Gate.TESTS, "1 of 7 tests failed (s/t); fix them to be scored"));

    assertThat(QualitySummary.lines("sample-02", result, null))
        .containsExactly(
            "sample-02: not scored",
            "  gate tests failed: 1 of 7 tests failed (s/t); fix them to be scored");
  }

  @Test
  void saysWhenTheQualityGoalDidNotRun() {
    assertThat(QualitySummary.lines("sample-03", null, null))
        .containsExactly("sample-03: no quality score (dataflare:quality did not run)");
  }
}
