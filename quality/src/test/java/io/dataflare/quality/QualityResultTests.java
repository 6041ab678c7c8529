package io.dataflare.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualityResultTests {
  private static final List<Gate> PASSED =
      List.of(
          Gate.passed(Gate.MANIFEST, "ok"),
          Gate.passed(Gate.BUILD, "ok"),
          Gate.passed(Gate.TESTS, "ok"));

  private static Check scored(CheckRule rule, int points) {
    return Check.scored(rule, points, Map.of(), "hint");
  }

  private static QualityResult result(List<Gate> gates, Check... checks) {
    return new QualityResult("p", "1.0", Backend.JAVA, 1, gates, List.of(checks), List.of(), null);
  }

  @Test
  void rescalesThePointsOfTheChecksThatApplyTo100() {
    QualityResult result =
        result(
            PASSED,
            scored(QualityRules.TESTS_CASES, 10),
            scored(QualityRules.TESTS_ERROR_PATHS, 0),
            Check.notApplicable(QualityRules.TESTS_CONTRACTS, Map.of(), "none declared"));

    assertThat(result.points()).isEqualTo(10);
    assertThat(result.possible()).isEqualTo(15);
    assertThat(result.score()).hasValue(66.7);
  }

  @Test
  void hasNoScoreWhenAGateFailed() {
    QualityResult result =
        result(
            List.of(Gate.passed(Gate.MANIFEST, "ok"), Gate.failed(Gate.TESTS, "2 tests failed")),
            scored(QualityRules.TESTS_CASES, 10));

    assertThat(result.scored()).isFalse();
    assertThat(result.score()).isEmpty();
    assertThat(result.failedGates()).extracting(Gate::reason).containsExactly("2 tests failed");
  }

  @Test
  void theWeakestChecksMissTheMostPointsAndTiesKeepRuleOrder() {
    QualityResult result =
        result(
            PASSED,
            scored(QualityRules.TESTS_CASES, 10),
            scored(QualityRules.TESTS_ERROR_PATHS, 0),
            scored(QualityRules.COVERAGE_LINES, 5),
            scored(QualityRules.COVERAGE_BRANCHES, 5),
            scored(QualityRules.STATIC_SPOTBUGS, 2),
            Check.notApplicable(QualityRules.TESTS_CONTRACTS, Map.of(), "none declared"));

    assertThat(result.weakest(3))
        .extracting(Check::id)
        .containsExactly("static.spotbugs", "tests.error-paths", "coverage.lines");
  }

  @Test
  void aCheckCannotEarnMoreThanItsMaximum() {
    assertThatThrownBy(() -> scored(QualityRules.TESTS_ERROR_PATHS, 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[tests.error-paths] earned [6] points but gives 0 to [5]");
  }

  @Test
  void coverageBelowTheThresholdSaysByHowMuchAndHowToFixIt() {
    CoverageFigure coverage = new CoverageFigure("line coverage", 62.5, 80);

    assertThat(coverage.belowThreshold()).isTrue();
    assertThat(coverage.shortfall().orElseThrow())
        .startsWith(
            "plugin.toml [test] coverage_threshold is [80%] but the line coverage is [62.5%]")
        .contains("coverage.lines");
    assertThat(new CoverageFigure("line coverage", 80.0, 80).shortfall()).isEmpty();
    assertThat(new CoverageFigure("line coverage", null, 0).shortfall()).isEmpty();
    assertThat(new CoverageFigure("line coverage", null, 50).shortfall().orElseThrow())
        .contains("was not measured");
  }
}
