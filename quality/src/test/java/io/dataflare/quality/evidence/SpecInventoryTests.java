package io.dataflare.quality.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.quality.fixtures.FixtureProjects;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecInventoryTests {
  private static final Path PROJECT = FixtureProjects.resource("projects/bang-filter");
  private static final Path NO_CLASSES = Path.of("no-test-classes");

  @TempDir Path temp;

  @Test
  void readsTheCasesBenchmarksAndErrorPathsOfSpecFiles() {
    SpecInventory specs =
        SpecInventory.read(PROJECT.resolve("src/test/dataflare"), NO_CLASSES, null, PROJECT);

    assertThat(specs.caseCount()).isEqualTo(6);
    assertThat(specs.benchmarkCount()).isEqualTo(1);
    assertThat(specs.errorPathCases())
        .containsExactly("bang-filter/fails-on-a-bang [PLUGIN_ERROR]");
    assertThat(specs.casesOf(PROJECT.resolve("plugin.toml"))).hasSize(6);
    assertThat(specs.contractSuites()).isEmpty();
  }

  @Test
  void aSpecFileWithAPropertiesTableDeclaresContracts() throws Exception {
    Path specs = Files.createDirectories(temp.resolve("specs"));
    Files.copy(
        FixtureProjects.resource("projects/bang-filter/plugin.toml"), temp.resolve("plugin.toml"));
    Files.writeString(
        specs.resolve("props.toml"),
        "plugin = \"../plugin.toml\"\n[properties]\ncontracts = [\"deterministic\", \"batch\"]\n",
        StandardCharsets.UTF_8);

    SpecInventory inventory = SpecInventory.read(specs, NO_CLASSES, null, temp);

    assertThat(inventory.problems()).isEmpty();
    assertThat(inventory.contractSuites())
        .singleElement()
        .satisfies(
            suite -> {
              assertThat(suite.name()).isEqualTo("props");
              assertThat(suite.contracts()).containsExactly("deterministic", "batch");
            });
  }

  @Test
  void listsTheProblemsOfBrokenSpecFilesInsteadOfTheirCases() throws Exception {
    Path specs = Files.createDirectories(temp.resolve("specs"));
    Files.writeString(specs.resolve("broken.toml"), "[[case]]\nname = \n", StandardCharsets.UTF_8);

    SpecInventory inventory = SpecInventory.read(specs, NO_CLASSES, null, temp);

    assertThat(inventory.suites()).isEmpty();
    assertThat(inventory.problems()).singleElement().asString().contains("broken.toml");
  }

  @Test
  void readsJavaSpecClassesWhenGivenTheirClassLoader() {
    Path testClasses = FixtureProjects.resource("");

    SpecInventory specs =
        SpecInventory.read(
            temp.resolve("none"), testClasses, getClass().getClassLoader(), testClasses);

    assertThat(specs.problems()).isEmpty();
    assertThat(specs.suites())
        .extracting(SpecSuite::name)
        .containsExactlyInAnyOrder(
            "in-code", "io.dataflare.quality.fixtures.specs.BangFilterSpecs");
    assertThat(specs.caseCount()).isEqualTo(3);
    assertThat(specs.benchmarkCount()).isEqualTo(1);
    assertThat(specs.errorPathCases())
        .containsExactly(
            "io.dataflare.quality.fixtures.specs.BangFilterSpecs/fails-on-a-bang [PLUGIN_ERROR]");
    assertThat(specs.casesOf(testClasses.resolve("projects/bang-filter/plugin.toml"))).hasSize(2);
    assertThat(specs.contractSuites())
        .singleElement()
        .satisfies(suite -> assertThat(suite.contracts()).containsExactly("deterministic"));
  }
}
