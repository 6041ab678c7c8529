package io.dataflare.testkit.spec;

import static io.dataflare.testkit.fixtures.SpecFixtures.good;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.PluginBenchmark;
import io.dataflare.testkit.PluginSource;
import io.dataflare.testkit.PluginTestCase;
import io.dataflare.testkit.PluginTestSuite;
import io.dataflare.testkit.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading the good spec files under {@code src/test/resources/good-specs}. */
class SpecFileReaderTests {

  private static PluginTestSuite suite(String file) {
    SpecFile spec = SpecFileReader.read(good(file));
    assertThat(spec.problems()).isEmpty();
    return spec.suite().orElseThrow();
  }

  private static PluginTestCase testCase(PluginTestSuite suite, String name) {
    return suite.cases().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void namesTheSuiteAfterTheFile() {
    assertThat(suite("minimal.toml").name()).isEqualTo("minimal");
  }

  @Test
  void findsTheNearestPluginTomlAbove() {
    assertThat(suite("minimal.toml").plugin())
        .isEqualTo(PluginSource.manifest(good("plugin.toml")));
    assertThat(suite("aggregate/running-count.toml").plugin())
        .isEqualTo(PluginSource.manifest(good("aggregate/plugin.toml")));
  }

  @Test
  void pluginKeyNamesAManifestRelativeToTheSpecFile() {
    assertThat(suite("nested/explicit-plugin.toml").plugin())
        .isEqualTo(PluginSource.manifest(good("aggregate/plugin.toml")));
  }

  @Test
  void readsCasesInFileOrderWithTheirLines() {
    PluginTestSuite suite = suite("upper-case.toml");

    assertThat(suite.cases())
        .extracting(PluginTestCase::name)
        .containsExactly(
            "keeps-key-and-metadata",
            "upper-cases-json-text",
            "binary-values-compare-as-bytes",
            "each-batch-on-its-own");
    assertThat(suite.cases().get(1).source())
        .contains(new SourceLocation(good("upper-case.toml"), 15));
    assertThat(suite.source()).contains(new SourceLocation(good("upper-case.toml"), 0));
  }

  @Test
  void readsEveryRecordField() {
    List<PluginRecord> input =
        testCase(suite("every-key.toml"), "every-record-field").batches().get(0);

    assertThat(input.get(0))
        .isEqualTo(
            PluginRecord.builder()
                .value("text")
                .key("k")
                .metadata("a", "1")
                .timestamp(1_700_000_000_000L)
                .partition(1)
                .offset(2)
                .build());
    assertThat(input.get(1).valueAsString()).isEqualTo("{\"id\":1,\"tags\":[\"x\"]}");
    assertThat(input.get(1).keyBytes().orElseThrow())
        .isEqualTo("{\"id\":1}".getBytes(StandardCharsets.UTF_8));
    assertThat(input.get(2).valueBytes()).containsExactly(0xca, 0xfe, 0x01);
    assertThat(input.get(2).keyBytes().orElseThrow()).containsExactly(0x01, 0xff);
    assertThat(input.get(3).valueAsString()).isEqualTo("hello");
    assertThat(input.get(3).timestamp()).isEqualTo(1_705_312_800_000L);
  }

  @Test
  void readsLimitsAndTags() {
    PluginTestCase testCase = testCase(suite("every-key.toml"), "every-record-field");

    assertThat(testCase.timeout()).contains(Duration.ofMillis(1500));
    assertThat(testCase.memoryLimitMb()).hasValue(32);
    assertThat(testCase.tags()).containsExactly("all", "keys");
  }

  @Test
  void readsOneExpectationPerKeyInDocumentedOrder() {
    PluginTestCase testCase = testCase(suite("every-key.toml"), "every-record-field");

    assertThat(testCase.expectations())
        .extracting(e -> e.describe().lines().findFirst().orElseThrow())
        .containsExactly(
            "exactly these output records:",
            "4 output records",
            "some output value containing [TEXT]",
            "each output record matching [^\\S+$]",
            "each output record containing JSON {\"id\":1}",
            "each output record with metadata {a=1}");
  }

  @Test
  void readsFailureKindsInAnyCase() {
    PluginTestCase testCase = testCase(suite("every-key.toml"), "every-failure-key");

    assertThat(testCase.expectations())
        .singleElement()
        .extracting(e -> e.describe())
        .isEqualTo("failure [PLUGIN_ERROR] with a message containing [boom]");
  }

  @Test
  void readsPerBatchExpectationsFromASubTable() {
    PluginTestCase testCase = testCase(suite("every-key.toml"), "dropped-per-batch");

    assertThat(testCase.batches()).hasSize(2);
    assertThat(testCase.expectations().get(0).describe())
        .isEqualTo(
            "per batch:\n  batch [0]: every record dropped\n"
                + "  batch [1]: failure [TRAP] with a message containing [unreachable]");
  }

  @Test
  void readsBenchmarks() {
    PluginBenchmark benchmark = suite("every-key.toml").benchmarks().get(0);

    assertThat(benchmark.name()).isEqualTo("upper-case-1k");
    assertThat(benchmark.dataSize()).isEqualTo(1000);
    assertThat(benchmark.iterations()).isEqualTo(5);
    assertThat(benchmark.expectedThroughput()).hasValue(50_000);
    assertThat(benchmark.maxLatency()).contains(Duration.ofMillis(20).plusNanos(500_000));
    assertThat(benchmark.input())
        .extracting(PluginRecord::valueAsString)
        .containsExactly("hello", "world");
    assertThat(benchmark.source()).contains(new SourceLocation(good("every-key.toml"), 39));
  }

  @Test
  void benchmarkDefaultsApplyWhenKeysAreLeftOut() {
    PluginBenchmark benchmark = suite("benchmarks-only.toml").benchmarks().get(0);

    assertThat(benchmark.dataSize()).isEqualTo(PluginBenchmark.DEFAULT_DATA_SIZE);
    assertThat(benchmark.expectedThroughput()).isEmpty();
  }

  @Test
  void keepsThePropertiesTableAsRawData() {
    assertThat(suite("properties-only.toml").properties())
        .contains(Map.of("contracts", List.of("deterministic", "robust"), "tries", 100));
    assertThat(suite("every-key.toml").properties().orElseThrow())
        .containsEntry("contracts", List.of("deterministic"));
  }

  @Test
  void discoversSpecFilesSortedSkippingBaselinesAndManifests() {
    assertThat(SpecFiles.discover(good("")))
        .extracting(Path::toString)
        .containsExactly(
            good("aggregate/running-count.toml").toString(),
            good("benchmarks-only.toml").toString(),
            good("every-key.toml").toString(),
            good("minimal.toml").toString(),
            good("nested/explicit-plugin.toml").toString(),
            good("properties-only.toml").toString(),
            good("upper-case.toml").toString());
  }

  @Test
  void discoversNothingInAMissingDirectory() {
    assertThat(SpecFiles.discover(good("no-such-directory"))).isEmpty();
  }
}
