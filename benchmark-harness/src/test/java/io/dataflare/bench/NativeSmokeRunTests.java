package io.dataflare.bench;

import static io.dataflare.bench.fixtures.ResultFiles.entry;
import static io.dataflare.bench.fixtures.ResultFiles.fieldNames;
import static io.dataflare.bench.fixtures.ResultFiles.histogramMean;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.dataflare.bench.discovery.BenchmarkDiscovery;
import io.dataflare.bench.fixtures.ResultFiles;
import io.dataflare.bench.fixtures.UppercaseMapSpecs;
import io.dataflare.bench.plan.BenchmarkPlan;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One real smoke run (JMH, 5 forked JVMs per benchmark) of two native plugins: one from a TOML spec
 * file, one given in code by a Java spec class. Each test checks one property of its output.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NativeSmokeRunTests {
  private static final Path OUTPUT = Path.of("target", "test-runs", "native-smoke");
  private static final String FILTER = "error-filter/filter-100B";
  private static final String MAP = "uppercase-map/map-10";

  private final List<String> progress = new CopyOnWriteArrayList<>();
  private HarnessResult result;
  private JsonNode benchmarks;

  @BeforeAll
  void runSmokeHarness() {
    BenchmarkPlan plan =
        BenchmarkDiscovery.builder()
            .specDirectory(Path.of("src/test/resources/error-filter/specs"))
            .specClass(UppercaseMapSpecs.class)
            .build()
            .discover()
            .requirePlan();
    result =
        BenchmarkHarness.builder()
            .mode(BenchmarkMode.SMOKE)
            .outputDirectory(OUTPUT)
            .progress(progress::add)
            .build()
            .run(plan);
    benchmarks = ResultFiles.read(result.benchmarksJson());
  }

  @Test
  void writesOneJmhEntryPerBenchmarkNamedByItsIdParameter() {
    assertThat(benchmarks.isArray()).isTrue();
    assertThat(benchmarks).hasSize(2);
    assertThat(benchmarks.findValuesAsText("benchmarkId")).containsExactly(FILTER, MAP);
    assertThat(benchmarks.get(0).get("benchmark").asText())
        .isEqualTo("io.dataflare.bench.internal.PluginBatchBenchmark.processBatch");
  }

  @Test
  void entriesHaveTheFieldsJmhWritesInJmhsOrder() {
    assertThat(fieldNames(entry(benchmarks, FILTER)))
        .containsExactly(
            "jmhVersion",
            "benchmark",
            "mode",
            "threads",
            "forks",
            "jvm",
            "jvmArgs",
            "jdkVersion",
            "vmName",
            "vmVersion",
            "warmupIterations",
            "warmupTime",
            "warmupBatchSize",
            "measurementIterations",
            "measurementTime",
            "measurementBatchSize",
            "params",
            "primaryMetric",
            "secondaryMetrics");
  }

  @Test
  void primaryMetricIsTheSampledTimeOfOneBatchCallWithOneHistogramPerFork() {
    JsonNode entry = entry(benchmarks, FILTER);
    assertThat(entry.get("mode").asText()).isEqualTo("sample");
    assertThat(entry.get("forks").asInt()).isEqualTo(5);
    JsonNode primary = entry.get("primaryMetric");
    assertThat(primary.get("scoreUnit").asText()).isEqualTo("us/op");
    assertThat(fieldNames(primary.get("scorePercentiles")))
        .contains("50.0", "90.0", "99.0", "99.9");
    assertThat(primary.get("rawDataHistogram")).hasSize(5);
  }

  @Test
  void everyMetricHasJmhsMetricFields() {
    JsonNode entry = entry(benchmarks, MAP);
    entry
        .get("secondaryMetrics")
        .properties()
        .forEach(
            metric ->
                assertThat(fieldNames(metric.getValue()))
                    .as(metric.getKey())
                    .containsExactly(
                        "score",
                        "scoreError",
                        "scoreConfidence",
                        "scorePercentiles",
                        "scoreUnit",
                        "rawData"));
  }

  @Test
  void recordsPerSecondHasOneValuePerForkFromThatForksMeanCallTime() {
    JsonNode entry = entry(benchmarks, FILTER);
    JsonNode histograms = entry.get("primaryMetric").get("rawDataHistogram");
    JsonNode throughput = entry.get("secondaryMetrics").get("dataflare.records.per.second");
    assertThat(throughput.get("scoreUnit").asText()).isEqualTo("records/s");
    assertThat(throughput.get("rawData")).hasSize(5);
    for (int fork = 0; fork < 5; fork++) {
      double expected = 100 / (histogramMean(histograms.get(fork)) / 1e6);
      assertThat(throughput.get("rawData").get(fork)).hasSize(1);
      assertThat(throughput.get("rawData").get(fork).get(0).asDouble())
          .isCloseTo(expected, within(expected * 1e-9));
    }
  }

  @Test
  void allocationPerRecordIsTheGcProfilersNormPerForkDividedByDataSize() {
    JsonNode metrics = entry(benchmarks, MAP).get("secondaryMetrics");
    JsonNode norm = metrics.get("gc.alloc.rate.norm").get("rawData");
    JsonNode perRecord = metrics.get("dataflare.alloc.bytes.per.record");
    assertThat(perRecord.get("scoreUnit").asText()).isEqualTo("B/record");
    assertThat(perRecord.get("rawData")).hasSize(5);
    for (int fork = 0; fork < 5; fork++) {
      double forkNorm = 0;
      for (JsonNode iteration : norm.get(fork)) {
        forkNorm += iteration.asDouble() / norm.get(fork).size();
      }
      assertThat(perRecord.get("rawData").get(fork).get(0).asDouble())
          .isCloseTo(forkNorm / 10, within(1e-6))
          .isPositive();
    }
  }

  @Test
  void paramsNameThePluginItsVersionTheDataSizeAndTheInputHash() {
    JsonNode params = entry(benchmarks, MAP).get("params");
    assertThat(params.get("benchmarkId").asText()).isEqualTo(MAP);
    assertThat(params.get("plugin").asText()).isEqualTo("uppercase-map");
    assertThat(params.get("pluginVersion").asText()).isEqualTo("2.1.0");
    assertThat(params.get("dataSize").asText()).isEqualTo("10");
    assertThat(params.get("inputSha256").asText()).matches("[0-9a-f]{64}");
  }

  @Test
  void nativePluginsHaveNeitherInstructionCountNorModuleHash() {
    JsonNode entry = entry(benchmarks, FILTER);
    assertThat(entry.get("secondaryMetrics").has("dataflare.instructions.per.record")).isFalse();
    assertThat(entry.get("params").has("moduleSha256")).isFalse();
    assertThat(result.find(FILTER).orElseThrow().instructionsPerRecord()).isEmpty();
  }

  @Test
  void forksRunWithAFixedPreTouchedHeap() {
    assertThat(fieldNames(entry(benchmarks, FILTER)).contains("jvmArgs")).isTrue();
    assertThat(entry(benchmarks, FILTER).get("jvmArgs").toString())
        .contains("\"-Xms1g\"", "\"-Xmx1g\"", "\"-XX:+AlwaysPreTouch\"");
    assertThat(result.fingerprint().heap()).startsWith("fixed 1g").endsWith("pre-touched");
  }

  @Test
  void fingerprintFileHoldsTheMachineAndForkJvm() {
    JsonNode fingerprint = ResultFiles.read(result.fingerprintJson());
    assertThat(fieldNames(fingerprint))
        .containsExactly(
            "schema",
            "cpuModel",
            "cores",
            "memoryBytes",
            "os",
            "kernel",
            "jvmVendor",
            "jvmVersion",
            "jvmFlags",
            "gc",
            "heap",
            "jmhVersion");
    assertThat(fingerprint.get("schema").asInt()).isEqualTo(1);
    assertThat(fingerprint.get("cores").asInt()).isPositive();
    assertThat(fingerprint.get("memoryBytes").asLong()).isPositive();
    assertThat(fingerprint.get("jvmFlags").toString()).contains("-Xmx1g").doesNotContain("plan");
    assertThat(fingerprint.get("gc").asText()).isNotBlank().isNotEqualTo("JVM default");
    assertThat(fingerprint.get("jmhVersion").asText()).isEqualTo("1.37");
  }

  @Test
  void printsALineWhenEachBenchmarkStartsAndOneWithItsFigures() {
    assertThat(progress)
        .contains("[dataflare] 1/2 " + FILTER + " ...", "[dataflare] 2/2 " + MAP + " ...");
    assertThat(progress)
        .anyMatch(
            line ->
                line.matches(
                    "\\[dataflare] 1/2 error-filter/filter-100B: [0-9.]+ [kMG]? ?records/s, p50 .*,"
                        + " p99 .* per call of 100 records, [0-9.]+ B/record \\(5 forks\\)"));
  }

  @Test
  void missedThroughputTargetSaysByHowMuch() {
    TargetCheck throughput = result.find(FILTER).orElseThrow().targetChecks().get(0);
    assertThat(throughput.met()).isFalse();
    assertThat(throughput.message())
        .matches(
            "error-filter/filter-100B: throughput [0-9.]+ [kMG]? ?records/s is [0-9.]+% below"
                + " expected_throughput 1000.0 G records/s");
    assertThat(progress).contains("[dataflare]     target MISSED: " + throughput.message());
  }

  @Test
  void metLatencyTargetSaysByHowMuchItIsUnder() {
    TargetCheck latency = result.find(FILTER).orElseThrow().targetChecks().get(1);
    assertThat(latency.met()).isTrue();
    assertThat(latency.message())
        .matches(
            "error-filter/filter-100B: p99 latency [0-9.]+ (ns|us|ms) of a batch call meets"
                + " max_latency 10.00 s \\([0-9.]+% below\\)");
  }

  @Test
  void targetsFileListsEveryCheck() {
    JsonNode checks = ResultFiles.read(result.targetsJson()).get("checks");
    assertThat(checks.findValuesAsText("target"))
        .containsExactly("expected_throughput", "max_latency");
    assertThat(checks.get(0).get("met").asBoolean()).isFalse();
  }
}
