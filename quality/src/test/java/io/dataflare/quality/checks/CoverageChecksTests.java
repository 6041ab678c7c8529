package io.dataflare.quality.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.quality.Check;
import io.dataflare.quality.evidence.CodeCoverage;
import io.dataflare.quality.evidence.CodeCoverage.SourceGaps;
import io.dataflare.quality.evidence.ExecutedFunctions;
import io.dataflare.runtime.wasm.FunctionCoverage.Function;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoverageChecksTests {
  private static final Path EXEC = Path.of("target/jacoco.exec");

  private static List<Check> java(int lines, int totalLines, int branches, int totalBranches) {
    CodeCoverage coverage =
        new CodeCoverage(
            EXEC,
            lines,
            totalLines,
            branches,
            totalBranches,
            List.of(new SourceGaps("a/Filter.java", List.of(3, 4, 5, 9), List.of(7))),
            List.of());
    return CoverageChecks.java(Optional.of(coverage), EXEC);
  }

  @ParameterizedTest
  @CsvSource({"100, 100, 10", "99, 100, 9", "70, 100, 7", "69, 100, 6", "0, 100, 0", "1, 3, 3"})
  void linesGiveOnePointPerFullTenPercent(int covered, int total, int points) {
    assertThat(java(covered, total, 1, 1).get(0).points()).isEqualTo(points);
  }

  @Test
  void theLinesHintCountsTheLinesForTheNextPointAndNamesTheMissedOnes() {
    Check lines = java(67, 100, 1, 1).get(0);

    assertThat(lines.points()).isEqualTo(6);
    assertThat(lines.hint())
        .isEqualTo(
            "Cover 3 more lines for the next point; not executed: a/Filter.java lines 3-5, 9.");
  }

  @Test
  void branchesAreGradedLikeLinesAndNameTheLinesOfBranchesNeverTaken() {
    Check branches = java(10, 10, 5, 6).get(1);

    assertThat(branches.points()).isEqualTo(8);
    assertThat(branches.hint())
        .isEqualTo(
            "Take 1 more branch for the next point; branches never taken at a/Filter.java line 7.");
  }

  @Test
  void branchCoverageDoesNotApplyToCodeWithoutBranches() {
    assertThat(java(10, 10, 0, 0).get(1).applicable()).isFalse();
  }

  @Test
  void withoutExecutionDataBothChecksEarnNothingAndSayHowToGetIt() {
    List<Check> checks = CoverageChecks.java(Optional.empty(), EXEC);

    assertThat(checks).extracting(Check::points).containsExactly(0, 0);
    assertThat(checks.get(0).hint()).contains("[target/jacoco.exec]").contains("prepare-coverage");
  }

  @Test
  void executedFunctionsGiveOnePointPerFullFivePercentAndNameTheOthers() {
    List<Function> functions =
        List.of(
            new Function(0, "dataflare_abi_version", true),
            new Function(1, "dataflare_alloc", true),
            new Function(2, "$pack", true),
            new Function(3, "$note_empty", false),
            new Function(4, "$fail", true),
            new Function(5, "dataflare_filter", true));

    Check check = CoverageChecks.wasm(new ExecutedFunctions(6, functions, null));

    assertThat(check.points()).isEqualTo(16);
    assertThat(check.evidence()).containsEntry("notExecuted", List.of("$note_empty"));
    assertThat(check.hint())
        .isEqualTo("Reach 1 more function for the next point; never executed: $note_empty.");
  }

  @Test
  void aModuleThatNeverRanEarnsNothingAndSaysWhy() {
    Check check =
        CoverageChecks.wasm(new ExecutedFunctions(0, List.of(), "no spec case tests this plugin"));

    assertThat(check.points()).isZero();
    assertThat(check.hint()).isEqualTo("No function coverage: no spec case tests this plugin.");
  }
}
