package io.dataflare.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import io.dataflare.engine.fixtures.Specs;
import io.dataflare.engine.fixtures.specs.FilterSpecs;
import io.dataflare.engine.fixtures.specs.GoodSpecFiles;
import io.dataflare.engine.fixtures.specs.NoSpecs;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.engine.discovery.PackageNameFilter;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;

class SelectorTests {
  private static final Path FILTER_TOML = Specs.GOOD.resolve("filter.toml");

  @Test
  void classSelectorFindsEveryCaseOfASpecClass() {
    assertThat(testIds(selectClass(FilterSpecs.class)))
        .containsExactlyInAnyOrder(
            "[engine:dataflare]/[class:io.dataflare.engine.fixtures.specs.FilterSpecs]"
                + "/[method:cases()]/[case:keeps-errors]",
            "[engine:dataflare]/[class:io.dataflare.engine.fixtures.specs.FilterSpecs]"
                + "/[method:cases()]/[case:drops-info]",
            "[engine:dataflare]/[class:io.dataflare.engine.fixtures.specs.FilterSpecs]"
                + "/[method:countsKept()]/[case:counts-kept]",
            "[engine:dataflare]/[class:io.dataflare.engine.fixtures.specs.FilterSpecs]"
                + "/[method:suites()]/[suite:upper-from-toml]/[case:upper-cases]",
            "[engine:dataflare]/[class:io.dataflare.engine.fixtures.specs.FilterSpecs]"
                + "/[method:suites()]/[suite:upper-in-code]/[case:upper-cases]",
            "[engine:dataflare]/[class:io.dataflare.engine.fixtures.specs.FilterSpecs]"
                + "/[method:throughput()]/[benchmark:filter-throughput]");
  }

  @Test
  void classSelectorIgnoresAClassWithoutSpecs() {
    assertThat(testIds(selectClass(NoSpecs.class))).isEmpty();
  }

  @Test
  void methodSelectorFindsOnlyThatMethodsCases() {
    assertThat(testIds(selectMethod(FilterSpecs.class, "cases")))
        .extracting(SelectorTests::lastSegment)
        .containsExactly("[case:keeps-errors]", "[case:drops-info]");
  }

  @Test
  void packageSelectorFindsTheSpecClassesInIt() {
    EngineDiscoveryResults results =
        Specs.engine()
            .selectors(selectPackage("io.dataflare.engine.fixtures.specs"))
            .filters(PackageNameFilter.includePackageNames("io.dataflare.engine.fixtures.specs"))
            .discover();
    assertThat(results.getEngineDescriptor().getChildren())
        .extracting(TestDescriptor::getDisplayName)
        .contains("FilterSpecs", "BadSpecs", "NoPluginSpecs", "filter", "upper")
        .doesNotContain("NoSpecs");
  }

  @Test
  void classpathRootSelectorFindsSpecClassesAndTheSpecDirectory() {
    Set<Path> roots = Set.of(Path.of("target", "test-classes"));
    List<String> ids = testIds(selectClasspathRoots(roots).toArray(DiscoverySelector[]::new));
    assertThat(ids)
        .contains(
            "[engine:dataflare]/[spec-file:src/test/resources/specs/good/filter.toml]"
                + "/[case:keeps-errors]")
        .anyMatch(id -> id.contains("[class:io.dataflare.engine.fixtures.specs.FilterSpecs]"));
  }

  @Test
  void uniqueIdSelectorFindsOneCaseOfASpecFile() {
    UniqueId id = Specs.specFileId(FILTER_TOML).append("case", "drops-info");
    assertThat(testIds(selectUniqueId(id)))
        .containsExactly(
            "[engine:dataflare]/[spec-file:src/test/resources/specs/good/filter.toml]"
                + "/[case:drops-info]");
  }

  @Test
  void uniqueIdSelectorFindsOneCaseOfASpecMethod() {
    String id =
        "[engine:dataflare]/[class:io.dataflare.engine.fixtures.specs.FilterSpecs]"
            + "/[method:suites()]/[suite:upper-in-code]/[case:upper-cases]";
    assertThat(testIds(selectUniqueId(id))).containsExactly(id);
  }

  @Test
  void fileSelectorFindsEveryCaseOfASpecFile() {
    assertThat(testIds(selectFile(FILTER_TOML.toFile())))
        .extracting(SelectorTests::lastSegment)
        .containsExactly("[case:keeps-errors]", "[case:drops-info]", "[case:counts-kept]");
  }

  @Test
  void fileSelectorWithALineFindsTheCaseWrittenThere() {
    // filter.toml: the second [[case]] starts at line 10, its input is at line 12
    assertThat(testIds(selectFile(FILTER_TOML.toFile(), FilePosition.from(12))))
        .extracting(SelectorTests::lastSegment)
        .containsExactly("[case:drops-info]");
  }

  @Test
  void directorySelectorFindsEverySpecFileBelowIt() {
    assertThat(testIds(selectDirectory(Specs.GOOD.toFile())))
        .extracting(id -> id.substring(0, id.lastIndexOf('/')))
        .containsOnly(
            "[engine:dataflare]/[spec-file:src/test/resources/specs/good/filter.toml]",
            "[engine:dataflare]/[spec-file:src/test/resources/specs/good/upper.toml]");
  }

  @Test
  void classpathResourceSelectorFindsASpecFileOnTheClasspath() {
    assertThat(testIds(selectClasspathResource("specs/good/upper.toml")))
        .containsExactly(
            "[engine:dataflare]/[spec-file:target/test-classes/specs/good/upper.toml]"
                + "/[case:upper-cases]");
  }

  @Test
  void markerClassSelectsEverySpecFileOfItsDirectory() {
    assertThat(testIds(selectClass(GoodSpecFiles.class)))
        .hasSize(4)
        .allMatch(
            id -> id.startsWith("[engine:dataflare]/[spec-file:src/test/resources/specs/good/"));
  }

  @Test
  void discoveryLoadsNoPlugin() {
    // the broken plugin's manifest is malformed: loading it would fail, discovering it must not
    EngineDiscoveryResults results =
        Specs.engine(Specs.BROKEN_PLUGIN)
            .selectors(selectDirectory(Specs.BROKEN_PLUGIN.toFile()))
            .discover();
    assertThat(results.getDiscoveryIssues()).isEmpty();
    assertThat(results.getEngineDescriptor().getDescendants()).hasSize(2);
  }

  static List<String> testIds(DiscoverySelector... selectors) {
    return Specs.engine()
        .selectors(selectors)
        .discover()
        .getEngineDescriptor()
        .getDescendants()
        .stream()
        .filter(TestDescriptor::isTest)
        .map(descriptor -> Specs.readable(descriptor.getUniqueId()))
        .toList();
  }

  static String lastSegment(String id) {
    return id.substring(id.lastIndexOf("/[") + 1);
  }
}
