package io.dataflare.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.quality.fixtures.FixtureProjects;
import io.dataflare.quality.fixtures.ScoreDifference;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A planted defect lowers the score by the points of exactly the check it breaks: each test plants
 * one defect in a copy of a fixture project, builds it for real (javac, spec cases under JaCoCo,
 * SpotBugs, the interpreter for WASM), and compares its score with the clean project's.
 */
class PlantedDefectTests {
  @TempDir static Path clean;
  @TempDir Path defective;

  private static QualityResult javaScore;
  private static QualityResult wasmScore;

  @BeforeAll
  static void scoreTheCleanProjects() {
    javaScore = QualityScorer.score(FixtureProjects.project(FixtureProjects.builtJava(clean)));
    wasmScore = QualityScorer.score(FixtureProjects.project(FixtureProjects.builtWasm(clean)));
    assertThat(javaScore.scored()).isTrue();
    assertThat(wasmScore.scored()).isTrue();
  }

  private QualityResult scoreJava(String file, String from, String to) {
    Path project = FixtureProjects.copy(FixtureProjects.JAVA, defective);
    FixtureProjects.edit(project, file, from, to);
    return QualityScorer.score(FixtureProjects.project(FixtureProjects.buildJava(project)));
  }

  private QualityResult scoreWasm(String file, String from, String to) {
    Path project = FixtureProjects.copy(FixtureProjects.WASM, defective);
    FixtureProjects.edit(project, file, from, to);
    FixtureProjects.recordBenchmarks(project, "wasm");
    return QualityScorer.score(FixtureProjects.project(project));
  }

  @Test
  void aSpotBugsVisibleBugCostsExactlyTheSpotBugsCheck() {
    // on the same line, so that coverage counts the same lines
    QualityResult after =
        scoreJava(
            "src/main/java/com/example/keyword/KeywordFilter.java",
            "keyword = config.getString(\"keyword\", \"error\");",
            "keyword = config.getString(\"keyword\", \"error\"); keyword.trim();");

    int lost = ScoreDifference.onlyCheckLost(javaScore, after, "static.spotbugs");
    assertThat(after.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("RV_RETURN_VALUE_IGNORED");
              assertThat(f.file())
                  .isEqualTo("src/main/java/com/example/keyword/KeywordFilter.java");
              assertThat(lost)
                  .isEqualTo(io.dataflare.quality.checks.StaticAnalysisChecks.cost(f.rank()));
            });
    assertThat(after.check("static.spotbugs").orElseThrow().hint())
        .startsWith(
            "Fix RV_RETURN_VALUE_IGNORED at src/main/java/com/example/keyword/KeywordFilter.java:");
  }

  @Test
  void anUntestedBranchCostsExactlyTheBranchCoverageCheck() {
    QualityResult after =
        scoreJava(
            "src/test/dataflare/keyword-filter.toml",
            """
            [[case]]
            name = "drops-lines-without-the-keyword"
            input = [ { value = "all good here" } ]
            expect.dropped = true
            """,
            "");

    assertThat(ScoreDifference.onlyCheckLost(javaScore, after, "coverage.branches")).isEqualTo(2);
    assertThat(after.check("coverage.branches").orElseThrow().evidence())
        .containsEntry("coveredBranches", 5)
        .containsEntry("totalBranches", 6);
  }

  @Test
  void aMissingConfigDescriptionCostsExactlyTheConfigKeysCheck() {
    QualityResult after =
        scoreJava(
            "README.md",
            "| `min_length` | `4` | lines shorter than this many bytes are dropped |\n",
            "");

    assertThat(ScoreDifference.onlyCheckLost(javaScore, after, "docs.config-keys")).isEqualTo(2);
    assertThat(after.check("docs.config-keys").orElseThrow().hint()).contains("`min_length`");
  }

  @Test
  void anUnexecutedWasmFunctionCostsExactlyTheFunctionCoverageCheck() {
    QualityResult after =
        scoreWasm(
            "src/test/dataflare/bang-filter.toml",
            """
            [[case]]
            name = "drops-empty-records"
            input = [ { value = "" }, { value = "x" } ]
            expect.output = [ { value = "x" } ]
            """,
            "");

    assertThat(ScoreDifference.onlyCheckLost(wasmScore, after, "coverage.functions")).isEqualTo(4);
    assertThat(after.check("coverage.functions").orElseThrow().hint())
        .contains("never executed: function 3");
  }

  @Test
  void anUnusedPermissionCostsExactlyTheLeastPrivilegeCheck() {
    QualityResult after =
        scoreWasm(
            "plugin.toml",
            "max_execution_time_ms = 2000\n",
            "max_execution_time_ms = 2000\n\n[permissions]\nhost_functions = [\"dataflare.log\"]\n");

    assertThat(ScoreDifference.onlyCheckLost(wasmScore, after, "static.permissions")).isEqualTo(5);
    assertThat(after.findings())
        .extracting(f -> f.ruleId())
        .containsExactly("permissions/unused-grant");
  }
}
