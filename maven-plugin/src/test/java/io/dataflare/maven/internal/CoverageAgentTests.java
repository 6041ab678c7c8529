package io.dataflare.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CoverageAgentTests {
  private static final Path AGENT = Path.of("/m2/org.jacoco.agent-0.8.14-runtime.jar");
  private static final Path EXEC = Path.of("/work/p/target/jacoco.exec");

  @Test
  void theAgentWritesTheExecutionDataWhereTheQualityGoalReadsIt() {
    assertThat(CoverageAgent.append(null, AGENT, EXEC))
        .isEqualTo(
            "-javaagent:/m2/org.jacoco.agent-0.8.14-runtime.jar=destfile=/work/p/target/jacoco.exec");
  }

  @Test
  void keepsWhatTheCommandLineAlreadyHad() {
    assertThat(CoverageAgent.append(" -Xmx512m ", AGENT, EXEC))
        .startsWith("-Xmx512m -javaagent:")
        .endsWith("jacoco.exec");
  }

  @Test
  void quotesPathsWithSpaces() {
    assertThat(CoverageAgent.option(Path.of("/my repo/agent.jar"), EXEC))
        .isEqualTo("\"-javaagent:/my repo/agent.jar=destfile=/work/p/target/jacoco.exec\"");
  }
}
