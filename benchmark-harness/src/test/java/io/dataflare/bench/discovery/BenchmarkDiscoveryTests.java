package io.dataflare.bench.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataflare.bench.fixtures.BareBenchmarkSpecs;
import io.dataflare.bench.fixtures.UnnamedPluginSpecs;
import io.dataflare.bench.fixtures.UppercaseMapSpecs;
import io.dataflare.bench.internal.Sha256;
import io.dataflare.bench.plan.PlannedBenchmark;
import io.dataflare.bench.plan.PluginLocator;
import io.dataflare.plugin.PluginRecord;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BenchmarkDiscoveryTests {
  private static final Path RESOURCES = Path.of("src/test/resources");

  @Test
  void tomlSpecFileGivesABenchmarkOfItsNearestPluginToml() {
    DiscoveryResult found =
        BenchmarkDiscovery.builder()
            .specDirectory(RESOURCES.resolve("error-filter/specs"))
            .build()
            .discover();

    assertThat(found.problems()).isEmpty();
    PlannedBenchmark benchmark = found.plan().find("error-filter/filter-100B").orElseThrow();
    assertThat(benchmark.plugin())
        .isEqualTo(PluginLocator.manifest(RESOURCES.resolve("error-filter/plugin.toml")));
    assertThat(benchmark.pluginVersion()).isEqualTo("1.0.0");
    assertThat(benchmark.dataSize()).isEqualTo(100);
    assertThat(benchmark.spec().expectedThroughput()).hasValue(1e12);
    assertThat(benchmark.spec().maxLatency()).hasValue(Duration.ofSeconds(10));
    assertThat(benchmark.spec().input()).hasSize(2);
    assertThat(benchmark.spec().input().get(0).valueAsString()).startsWith("error: disk full");
    assertThat(benchmark.moduleSha256()).isEmpty();
    assertThat(benchmark.source().orElseThrow()).matches(".*filter\\.toml:\\d+");
  }

  @Test
  void wasmBenchmarkCarriesTheModulesHash() {
    PlannedBenchmark benchmark =
        BenchmarkDiscovery.builder()
            .specFile(RESOURCES.resolve("wasm-filter/specs/filter.toml"))
            .build()
            .discover()
            .requirePlan()
            .benchmarks()
            .get(0);

    assertThat(benchmark.moduleSha256())
        .hasValue(Sha256.of(Path.of("../samples/01-wasm-filter/plugin/filter.wasm")));
  }

  @Test
  void javaSuiteIsFoundAgainThroughItsSpecMethod() {
    PlannedBenchmark benchmark =
        BenchmarkDiscovery.builder()
            .specClass(UppercaseMapSpecs.class)
            .build()
            .discover()
            .requirePlan()
            .find("uppercase-map/map-10")
            .orElseThrow();

    assertThat(benchmark.plugin())
        .isEqualTo(
            PluginLocator.specMethod(UppercaseMapSpecs.class.getName(), "uppercase", "uppercase"));
    assertThat(benchmark.pluginVersion()).isEqualTo("2.1.0");
    assertThat(benchmark.batch())
        .extracting(PluginRecord::valueAsString)
        .startsWith("hello", "world", "hello");
    assertThat(benchmark.spec().iterations()).isEqualTo(10);
  }

  @Test
  void bareJavaBenchmarksUseTheClassesSpecPluginManifest() {
    DiscoveryResult found =
        BenchmarkDiscovery.builder().specClass(BareBenchmarkSpecs.class).build().discover();

    assertThat(found.plan().benchmarks())
        .extracting(PlannedBenchmark::id)
        .containsExactly("error-filter/bare-1", "error-filter/bare-2");
    assertThat(found.plan().benchmarks().get(0).plugin())
        .isEqualTo(PluginLocator.manifest(RESOURCES.resolve("error-filter/plugin.toml")));
  }

  @Test
  void bareBenchmarkWithoutSpecPluginIsAProblemSayingHowToNameThePlugin() {
    DiscoveryResult found =
        BenchmarkDiscovery.builder().specClass(UnnamedPluginSpecs.class).build().discover();

    assertThat(found.plan().isEmpty()).isTrue();
    assertThat(found.problems())
        .containsExactly(
            UnnamedPluginSpecs.class.getName()
                + "#orphan: returns benchmark [orphan] but the class names no plugin (fix:"
                + " annotate the class with @SpecPlugin(\"plugin.toml\") or return a"
                + " PluginTestSuite)");
  }

  @Test
  void classDirectoryFindsEverySpecClassWithBenchmarks() {
    DiscoveryResult found =
        BenchmarkDiscovery.builder()
            .classDirectory(Path.of("target/test-classes"))
            .build()
            .discover();

    assertThat(found.plan().benchmarks())
        .extracting(PlannedBenchmark::id)
        .contains("error-filter/bare-1", "uppercase-map/map-10");
  }

  @Test
  void brokenSpecFileIsAProblemWithItsLineWhileOtherFilesStillLoad() {
    DiscoveryResult found =
        BenchmarkDiscovery.builder()
            .specDirectory(RESOURCES.resolve("broken-spec/specs"))
            .specDirectory(RESOURCES.resolve("error-filter/specs"))
            .build()
            .discover();

    assertThat(found.plan().benchmarks())
        .extracting(PlannedBenchmark::id)
        .containsExactly("error-filter/filter-100B");
    assertThat(found.problems()).singleElement().asString().contains("broken.toml:3:", "data_size");
    assertThatThrownBy(found::requirePlan)
        .hasMessageStartingWith("1 spec problem kept benchmarks out of the plan:");
  }

  @Test
  void pluginWithBenchmarksDisabledIsSkippedWithTheReason() {
    DiscoveryResult found =
        BenchmarkDiscovery.builder()
            .specDirectory(RESOURCES.resolve("disabled/specs"))
            .build()
            .discover();

    assertThat(found.plan().isEmpty()).isTrue();
    assertThat(found.problems()).isEmpty();
    assertThat(found.skipped())
        .singleElement()
        .asString()
        .contains("disabled.toml", "1 benchmark skipped", "benchmark_enabled = false");
  }

  @Test
  void sameIdTwiceIsAProblem() {
    DiscoveryResult found =
        BenchmarkDiscovery.builder()
            .specClass(BareBenchmarkSpecs.class)
            .specClass(BareBenchmarkSpecs.class)
            .build()
            .discover();

    assertThat(found.plan().size()).isEqualTo(2);
    assertThat(found.problems())
        .hasSize(2)
        .allMatch(problem -> problem.contains("is already declared at"));
  }
}
