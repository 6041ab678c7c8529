package io.dataflare.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLayoutTests {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

  @TempDir Path project;

  @Test
  void specsDirectoryDefaultsToSrcTestDataflare() {
    ProjectLayout layout = ProjectLayout.of(project, project.resolve("target"));

    assertThat(layout.specsDirectory()).isEqualTo(project.resolve("src/test/dataflare"));
    assertThat(layout.specsDirectoryConfigured()).isFalse();
  }

  @Test
  void specsDirectoryFollowsTheManifestsTestData() {
    Path base = FIXTURES.resolve("valid-wasm").toAbsolutePath();
    ProjectLayout layout = ProjectLayout.of(base, base.resolve("target"));

    assertThat(layout.specsDirectory()).isEqualTo(base.resolve("specs"));
  }

  @Test
  void configuredSpecsDirectoryResolvesAgainstTheBaseDirectory() {
    ProjectLayout layout =
        ProjectLayout.of(project, project.resolve("target")).withSpecsDirectory(Path.of("specs"));

    assertThat(layout.specsDirectory()).isEqualTo(project.resolve("specs"));
    assertThat(layout.specsDirectoryConfigured()).isTrue();
  }

  @Test
  void malformedManifestLeavesTheDefaultSpecsDirectory() throws IOException {
    Files.writeString(project.resolve("plugin.toml"), "[plugin\nname = ");

    assertThat(ProjectLayout.of(project, project.resolve("target")).specsDirectory())
        .isEqualTo(project.resolve("src/test/dataflare"));
  }

  @Test
  void outputsGoToTargetDataflare() {
    ProjectLayout layout = ProjectLayout.of(project, project.resolve("target"));

    assertThat(layout.benchmarksJson())
        .isEqualTo(project.resolve("target/dataflare/benchmarks.json"));
    assertThat(layout.planFile())
        .isEqualTo(project.resolve("target/dataflare/benchmark-plan.json"));
    assertThat(layout.generatedTestSources())
        .isEqualTo(project.resolve("target/generated-test-sources/dataflare"));
  }

  @Test
  void baselinesDefaultToSrcTestDataflareBaselines() {
    assertThat(ProjectLayout.of(project, project.resolve("target")).baselines().directory())
        .isEqualTo(project.resolve("src/test/dataflare/baselines"));
  }

  @Test
  void displaysPathsInsideTheProjectRelativeToIt() {
    ProjectLayout layout = ProjectLayout.of(project, project.resolve("target"));

    assertThat(layout.display(project.resolve("plugin/filter.wasm")))
        .isEqualTo(Path.of("plugin/filter.wasm").toString());
    assertThat(layout.display(Path.of("/elsewhere/x"))).isEqualTo("/elsewhere/x");
  }
}
