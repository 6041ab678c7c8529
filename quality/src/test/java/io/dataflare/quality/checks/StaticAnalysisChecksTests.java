package io.dataflare.quality.checks;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.quality.Check;
import io.dataflare.quality.evidence.SpotBugsResult;
import io.dataflare.quality.evidence.StaticFinding;
import io.dataflare.quality.evidence.StaticFinding.Level;
import io.dataflare.quality.evidence.WasmContract;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StaticAnalysisChecksTests {

  private static StaticFinding bug(int rank) {
    return new StaticFinding(
        "SpotBugs", "NP_NULL", "CORRECTNESS", rank, Level.ERROR, "may be null", "src/A.java", 7);
  }

  @ParameterizedTest
  @CsvSource({"1, 20", "4, 20", "5, 10", "9, 10", "10, 5", "14, 5", "15, 2", "20, 2"})
  void aFindingCostsPointsByItsRank(int rank, int cost) {
    assertThat(StaticAnalysisChecks.cost(rank)).isEqualTo(cost);
    assertThat(StaticAnalysisChecks.spotbugs(new SpotBugsResult(3, List.of(bug(rank)))).points())
        .isEqualTo(20 - cost);
  }

  @Test
  void findingsNeverTakeThePointsBelowZero() {
    Check check =
        StaticAnalysisChecks.spotbugs(new SpotBugsResult(3, List.of(bug(6), bug(7), bug(8))));

    assertThat(check.points()).isZero();
    assertThat(check.evidence()).containsEntry("scary", 3L);
  }

  @Test
  void theHintNamesTheScariestFindingAndWhatItCosts() {
    Check check = StaticAnalysisChecks.spotbugs(new SpotBugsResult(3, List.of(bug(6), bug(16))));

    assertThat(check.hint())
        .isEqualTo("Fix NP_NULL at src/A.java:7 (rank 6, costs 10 points): may be null");
  }

  @Test
  void noFindingGivesFullPoints() {
    assertThat(StaticAnalysisChecks.spotbugs(new SpotBugsResult(2, List.of())).points())
        .isEqualTo(20);
  }

  private static StaticFinding contract(String rule) {
    return new StaticFinding(
        "dataflare-wasm-contract", rule, "ABI", 0, Level.ERROR, "[x] wrong", "m.wasm", 0);
  }

  @Test
  void aContractProblemCostsTheModuleContractCheck() {
    List<Check> checks =
        StaticAnalysisChecks.wasm(
            new WasmContract(
                List.of(contract("contract/INVALID_MODULE")),
                List.of(),
                List.of(),
                List.of(),
                List.of()));

    assertThat(checks).extracting(Check::points).containsExactly(0, 10);
    assertThat(checks.get(0).hint()).isEqualTo("Fix the module: [x] wrong");
  }

  @Test
  void eachPermissionGrantedButNotImportedCostsFivePoints() {
    List<Check> checks =
        StaticAnalysisChecks.wasm(
            new WasmContract(
                List.of(),
                List.of(),
                List.of(),
                List.of("dataflare.log"),
                List.of("dataflare.log")));

    assertThat(checks).extracting(Check::points).containsExactly(10, 5);
    assertThat(checks.get(1).hint()).startsWith("Remove [dataflare.log] from [permissions]");
  }

  @Test
  void anImportThatIsNotPermittedCostsEveryLeastPrivilegePoint() {
    List<Check> checks =
        StaticAnalysisChecks.wasm(
            new WasmContract(
                List.of(),
                List.of(contract("contract/POLICY_VIOLATION")),
                List.of("dataflare.log"),
                List.of(),
                List.of()));

    assertThat(checks.get(1).points()).isZero();
  }
}
