package io.dataflare.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataflare.runtime.ManifestException;
import io.dataflare.testkit.fixtures.TestPlugins;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PluginTestSuiteTests {

  private static PluginTestCase testCase(String name) {
    return PluginTestCase.builder(name)
        .withInput(Records.text("a"))
        .expecting(Expectations.count(1))
        .build();
  }

  @Test
  void keepsCasesAndBenchmarksInOrder() {
    PluginBenchmark benchmark =
        PluginBenchmark.builder("bench").withInput(Records.text("a")).build();
    PluginTestSuite suite =
        PluginTestSuite.builder("suite")
            .withPlugin(TestPlugins.upperCase())
            .withCases(testCase("b"), testCase("a"))
            .withBenchmarks(benchmark)
            .build();

    assertThat(suite.cases()).extracting(PluginTestCase::name).containsExactly("b", "a");
    assertThat(suite.benchmarks()).containsExactly(benchmark);
    assertThat(suite.properties()).isEmpty();
  }

  @Test
  void keepsThePropertiesTableAsGiven() {
    PluginTestSuite suite =
        PluginTestSuite.builder("suite")
            .withPlugin(TestPlugins.upperCase())
            .withProperties(Map.of("seed", 42L))
            .build();

    assertThat(suite.properties()).contains(Map.of("seed", 42L));
  }

  @Test
  void rejectsASuiteWithoutPlugin() {
    assertThatThrownBy(() -> PluginTestSuite.builder("suite").build())
        .hasMessage(
            "PluginTestSuite [suite]: [plugin] is missing"
                + " (fix: give it with withPlugin(PluginSource.manifest(Path.of(\"plugin.toml\"))))");
  }

  @Test
  void rejectsTwoCasesWithOneName() {
    assertThatThrownBy(
            () ->
                PluginTestSuite.builder("suite")
                    .withPlugin(TestPlugins.upperCase())
                    .withCases(testCase("same"), testCase("same"))
                    .build())
        .hasMessage(
            "PluginTestSuite [suite]: [cases] has two entries named [same]"
                + " (fix: give each a distinct name)");
  }

  @Test
  void manifestSourceReadsNothingUntilAsked() {
    PluginSource source = PluginSource.manifest(Path.of("does-not-exist/plugin.toml"));

    assertThat(source.displayName())
        .endsWith("does-not-exist/plugin.toml".replace('/', java.io.File.separatorChar));
    assertThatThrownBy(source::manifest).isInstanceOf(ManifestException.class);
  }

  @Test
  void manifestSourcesForOneFileAreEqual() {
    assertThat(PluginSource.manifest(Path.of("a/../plugin.toml")))
        .isEqualTo(PluginSource.manifest(Path.of("plugin.toml").toAbsolutePath()));
  }

  @Test
  void codeSourceIsNamedAfterItsPlugin() {
    assertThat(TestPlugins.upperCase().displayName()).isEqualTo("upper-case");
  }
}
