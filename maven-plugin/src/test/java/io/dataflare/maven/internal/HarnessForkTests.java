package io.dataflare.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.bench.BenchmarkMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HarnessForkTests {
  private static final Path JAVA = HarnessFork.currentJava();

  private static HarnessFork fork() {
    ForkClasspath classpath = new ForkClasspath();
    classpath.addPath(Path.of("/p/target/test-classes"));
    return new HarnessFork(JAVA, classpath, List.of("-Xmx256m"));
  }

  @Test
  void discoverAndRunStartsBenchmarkMainWithTheProjectsDirectories() {
    List<String> command =
        fork()
            .discoverAndRun(
                Path.of("/p/specs"),
                Path.of("/p/target/test-classes"),
                Path.of("/p/target/dataflare/plan.json"),
                Path.of("/p/target/dataflare"),
                BenchmarkMode.SMOKE,
                List.of("--forks=5"));

    assertThat(command)
        .containsExactly(
            JAVA.toString(),
            "-Xmx256m",
            "-cp",
            "/p/target/test-classes",
            BenchmarkMain.class.getName(),
            "/p/specs",
            "/p/target/test-classes",
            "/p/target/dataflare/plan.json",
            "/p/target/dataflare",
            "smoke",
            "--forks=5");
  }

  @Test
  void runStartsTheHarnessOnAWrittenPlan() {
    List<String> command =
        fork().run(Path.of("/p/plan.json"), Path.of("/p/out"), BenchmarkMode.THOROUGH, List.of());

    assertThat(command.subList(4, command.size()))
        .containsExactly(HarnessFork.HARNESS_MAIN, "/p/plan.json", "/p/out", "thorough");
  }

  @Test
  void executeReturnsTheExitStatusAndPassesEveryLine() throws Exception {
    List<String> lines = new ArrayList<>();

    int status =
        HarnessFork.execute(
            List.of(JAVA.toString(), "-cp", "/nowhere", "no.such.Main"), Path.of("."), lines::add);

    assertThat(status).isEqualTo(1);
    assertThat(lines).anySatisfy(line -> assertThat(line).contains("no.such.Main"));
  }

  @Test
  void crashStatusIsExplainedAsACrash() {
    assertThat(HarnessFork.explainExit(134)).contains("crashed").contains("[134]");
    assertThat(HarnessFork.explainExit(1)).contains("benchmark failed");
  }
}
