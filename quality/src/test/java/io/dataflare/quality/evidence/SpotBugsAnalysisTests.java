package io.dataflare.quality.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.quality.evidence.StaticFinding.Level;
import io.dataflare.quality.fixtures.FixtureProjects;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SpotBugs run for real through its API on fixture classes compiled by javac. */
class SpotBugsAnalysisTests {
  private static final String SOURCE = "src/main/java/com/example/keyword/KeywordFilter.java";

  @TempDir Path temp;

  private SpotBugsResult analyze(Path project) {
    FixtureProjects.compile(project);
    return SpotBugsAnalysis.analyze(
        project.resolve("target/classes"),
        FixtureProjects.classpath(),
        List.of(project.resolve("src/main/java")),
        project);
  }

  @Test
  void findsNothingInACleanPlugin() {
    SpotBugsResult result = analyze(FixtureProjects.copy(FixtureProjects.JAVA, temp));

    assertThat(result.classesAnalyzed()).isEqualTo(1);
    assertThat(result.findings()).isEmpty();
  }

  @Test
  void reportsABugWithItsRankLevelFileAndLine() {
    Path project = FixtureProjects.copy(FixtureProjects.JAVA, temp);
    FixtureProjects.edit(
        project,
        SOURCE,
        "    if (record.valueLength() < minLength) {",
        "    if (keyword == \"\") {\n      return PluginResult.keep();\n    }\n"
            + "    if (record.valueLength() < minLength) {");

    StaticFinding finding = analyze(project).findings().get(0);

    assertThat(finding.tool()).isEqualTo("SpotBugs");
    assertThat(finding.ruleId()).isEqualTo("ES_COMPARING_STRINGS_WITH_EQ");
    assertThat(finding.file()).isEqualTo(SOURCE);
    assertThat(finding.line()).isEqualTo(41);
    assertThat(finding.rank()).isBetween(1, 20);
    assertThat(finding.level()).isEqualTo(SpotBugsAnalysis.level(finding.rank()));
    assertThat(finding.message()).contains("KeywordFilter.process");
  }

  @Test
  void ranksAreSarifLevels() {
    assertThat(List.of(1, 9, 10, 14, 15, 20))
        .extracting(SpotBugsAnalysis::level)
        .containsExactly(
            Level.ERROR, Level.ERROR, Level.WARNING, Level.WARNING, Level.NOTE, Level.NOTE);
  }

  @Test
  void findsNothingWhenThereAreNoClasses() {
    SpotBugsResult result =
        SpotBugsAnalysis.analyze(temp.resolve("none"), List.of(), List.of(), temp);

    assertThat(result.classesAnalyzed()).isZero();
    assertThat(result.findings()).isEmpty();
  }
}
