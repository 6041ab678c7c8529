package io.dataflare.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.quality.fixtures.FixtureProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gates, and the score of the fixture projects as built for real. */
class QualityScorerTests {
  @TempDir Path temp;

  @Test
  void theWasmFixtureEarnsEveryPointThatApplies() {
    QualityResult result =
        QualityScorer.score(FixtureProjects.project(FixtureProjects.builtWasm(temp)));

    assertThat(result.score()).hasValue(100.0);
    assertThat(result.backend()).isEqualTo(Backend.WASM);
    assertThat(result.checks())
        .extracting(Check::id)
        .containsExactlyElementsOf(
            QualityRules.forBackend(Backend.WASM).stream().map(CheckRule::id).toList());
    assertThat(result.checks())
        .filteredOn(c -> !c.applicable())
        .extracting(Check::id)
        .containsExactly("tests.contracts", "docs.config-keys");
  }

  @Test
  void anInvalidManifestFailsTheManifestGateWithItsProblemsAndGivesNoChecks() throws Exception {
    Path project = FixtureProjects.copy(FixtureProjects.WASM, temp);
    FixtureProjects.edit(project, "plugin.toml", "type = \"filter\"", "type = \"filtre\"");

    QualityResult result = QualityScorer.score(FixtureProjects.project(project));

    assertThat(result.score()).isEmpty();
    assertThat(result.checks()).isEmpty();
    assertThat(result.gates().get(0).passed()).isFalse();
    assertThat(result.gates().get(0).reason()).contains("filtre");
  }

  @Test
  void anUncompiledPluginFailsTheBuildGateAndGivesNoChecks() {
    Path project = FixtureProjects.copy(FixtureProjects.JAVA, temp);

    QualityResult result = QualityScorer.score(FixtureProjects.project(project));

    assertThat(result.failedGates())
        .singleElement()
        .satisfies(
            g ->
                assertThat(g.reason())
                    .isEqualTo(
                        "class [com.example.keyword.KeywordFilter] named by [plugin] class is not"
                            + " in [target/classes] (fix: compile the plugin, or correct the class"
                            + " name)"));
    assertThat(result.checks()).isEmpty();
  }

  @Test
  void aMissingModuleIsAManifestProblem() throws Exception {
    Path project = FixtureProjects.copy(FixtureProjects.WASM, temp);
    Files.delete(project.resolve("plugin/bang_filter.wasm"));

    QualityResult result = QualityScorer.score(FixtureProjects.project(project));

    assertThat(result.gates().get(0).reason())
        .contains("module file [plugin/bang_filter.wasm] does not exist");
    assertThat(result.checks()).isEmpty();
  }

  @Test
  void aFailingTestFailsTheTestsGateButTheChecksStillExplainThePoints() throws Exception {
    Path project = FixtureProjects.builtWasm(temp);
    FixtureProjects.edit(
        project,
        "surefire-reports/TEST-bang-filter.xml",
        "<testcase name=\"fails-on-a-bang\" classname=\"bang-filter\" time=\"0.006\"/>",
        "<testcase name=\"fails-on-a-bang\" classname=\"bang-filter\" time=\"0.006\">"
            + "<failure message=\"expected failure [PLUGIN_ERROR]\"/></testcase>");

    QualityResult result = QualityScorer.score(FixtureProjects.project(project));

    assertThat(result.score()).isEmpty();
    assertThat(result.failedGates())
        .singleElement()
        .satisfies(
            g ->
                assertThat(g.reason())
                    .startsWith("1 of 7 tests failed (bang-filter/fails-on-a-bang)"));
    assertThat(result.checks()).isNotEmpty();
  }

  @Test
  void withoutTestResultsTheTestsGateSaysToRunTheTests() {
    Path project = FixtureProjects.builtWasm(temp);

    QualityResult result =
        QualityScorer.score(
            PluginProject.builder(project).withClasspath(FixtureProjects.classpath()).build());

    assertThat(result.failedGates())
        .singleElement()
        .satisfies(
            g -> assertThat(g.reason()).startsWith("no test results in [target/surefire-reports]"));
  }

  @Test
  void coverageBelowCoverageThresholdIsReportedWithTheFix() throws Exception {
    Path project = FixtureProjects.builtWasm(temp);
    FixtureProjects.edit(
        project, "plugin.toml", "[runtime]", "[test]\ncoverage_threshold = 90\n\n[runtime]");
    FixtureProjects.edit(
        project,
        "src/test/dataflare/bang-filter.toml",
        "input = [ { value = \"\" }, { value = \"x\" } ]",
        "input = [ { value = \"y\" }, { value = \"x\" } ]\nexpect.count = 2\n# was: drops an empty record");
    FixtureProjects.edit(
        project,
        "src/test/dataflare/bang-filter.toml",
        "expect.output = [ { value = \"x\" } ]\n",
        "");

    CoverageFigure coverage = QualityScorer.score(FixtureProjects.project(project)).coverage();

    assertThat(coverage.percent()).isCloseTo(83.3, org.assertj.core.api.Assertions.within(0.1));
    assertThat(coverage.shortfall().orElseThrow())
        .startsWith(
            "plugin.toml [test] coverage_threshold is [90%] but the share of executed functions is [83.3%]");
  }
}
