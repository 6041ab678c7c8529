package io.dataflare.quality.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataflare.quality.fixtures.FixtureProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JaCoCo's execution data written by its real agent: the Java fixture's spec cases run in a child
 * JVM under {@code -javaagent}, as Surefire runs tests with the agent on its command line.
 */
class JacocoCoverageTests {
  private static final String SOURCE = "com/example/keyword/KeywordFilter.java";

  @TempDir static Path temp;
  private static Path project;

  @BeforeAll
  static void runTheFixturesSpecsUnderTheAgent() {
    project = FixtureProjects.copy(FixtureProjects.JAVA, temp);
    FixtureProjects.compile(project);
    FixtureProjects.runSpecsUnderJacoco(project);
  }

  private static CodeCoverage read() {
    return JacocoCoverage.read(
            project.resolve("target/jacoco.exec"), project.resolve("target/classes"))
        .orElseThrow();
  }

  @Test
  void countsTheLinesAndBranchesTheSpecsExecuted() {
    CodeCoverage coverage = read();

    assertThat(coverage.totalBranches()).isEqualTo(6);
    assertThat(coverage.coveredBranches()).isEqualTo(6);
    assertThat(coverage.totalLines()).isEqualTo(coverage.coveredLines() + 1);
    assertThat(coverage.staleClasses()).isEmpty();
  }

  @Test
  void namesTheLinesNoSpecExecuted() {
    // version(): the runtime reads the manifest's version, never the plugin's
    assertThat(read().gaps())
        .containsExactly(new CodeCoverage.SourceGaps(SOURCE, List.of(22), List.of()));
  }

  @Test
  void hasNoCoverageWithoutExecutionData() {
    assertThat(JacocoCoverage.read(temp.resolve("none.exec"), project.resolve("target/classes")))
        .isEmpty();
  }

  @Test
  void executionDataThatIsNotJacocosIsABrokenSetup() throws Exception {
    Path exec = Files.writeString(temp.resolve("broken.exec"), "not execution data");

    assertThatThrownBy(() -> JacocoCoverage.read(exec, project.resolve("target/classes")))
        .isInstanceOf(EvidenceException.class)
        .hasMessageContaining("broken.exec")
        .hasMessageContaining("delete it and run the tests again");
  }

  @Test
  void classesRecompiledAfterTheRunAreNamedAndCountAsNotCovered() {
    Path changed = FixtureProjects.copy(FixtureProjects.JAVA, temp.resolve("changed"));
    FixtureProjects.edit(
        changed,
        "src/main/java/" + SOURCE,
        "return PluginResult.drop();",
        "return PluginResult.failure(FailureKind.PLUGIN_ERROR, \"too short\");");
    FixtureProjects.compile(changed);

    CodeCoverage stale =
        JacocoCoverage.read(
                project.resolve("target/jacoco.exec"), changed.resolve("target/classes"))
            .orElseThrow();

    assertThat(stale.staleClasses()).containsExactly("com.example.keyword.KeywordFilter");
    assertThat(stale.coveredLines()).isZero();
  }
}
