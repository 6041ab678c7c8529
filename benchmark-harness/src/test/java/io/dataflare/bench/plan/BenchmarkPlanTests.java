package io.dataflare.bench.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.PluginBenchmark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkPlanTests {
  @TempDir Path directory;

  private static PluginBenchmark.Builder spec(String name) {
    return PluginBenchmark.builder(name)
        .withDataSize(5)
        .withInput(PluginRecord.ofText("error: a"), PluginRecord.ofText("info: b"));
  }

  private static PlannedBenchmark.Builder filter(PluginBenchmark.Builder spec) {
    return PlannedBenchmark.builder(
            "error-filter", PluginLocator.manifest(Path.of("plugin.toml")), spec.build())
        .pluginVersion("1.0.0");
  }

  private static PlannedBenchmark.Builder filter(String name) {
    return filter(spec(name));
  }

  @Test
  void idIsPluginNameSlashBenchmarkName() {
    assertThat(filter("filter-100B").build().id()).isEqualTo("error-filter/filter-100B");
  }

  @Test
  void batchCyclesTheInputToDataSize() {
    assertThat(filter("f").build().batch())
        .extracting(PluginRecord::valueAsString)
        .containsExactly("error: a", "info: b", "error: a", "info: b", "error: a");
  }

  @Test
  void inputHashChangesWithAnyRecordField() {
    PlannedBenchmark plain = filter("f").build();
    PlannedBenchmark keyed =
        filter(
                PluginBenchmark.builder("f")
                    .withDataSize(5)
                    .withInput(
                        PluginRecord.builder().value("error: a").key("k").build(),
                        PluginRecord.ofText("info: b")))
            .build();
    PlannedBenchmark bigger = filter(spec("f").withDataSize(6)).build();

    assertThat(plain.inputSha256())
        .matches("[0-9a-f]{64}")
        .isEqualTo(filter("g").build().inputSha256());
    assertThat(keyed.inputSha256()).isNotEqualTo(plain.inputSha256());
    assertThat(bigger.inputSha256()).isNotEqualTo(plain.inputSha256());
  }

  @Test
  void writtenPlanReadsBackEqualInEveryField() {
    PlannedBenchmark wasm =
        filter(
                PluginBenchmark.builder("filter-100B")
                    .withDataSize(5)
                    .withIterations(7)
                    .withExpectedThroughput(2e6)
                    .withMaxLatency(Duration.ofMillis(5))
                    .withInput(
                        PluginRecord.builder()
                            .value(new byte[] {0, (byte) 0xff, 10})
                            .key(new byte[0])
                            .metadata("source", "web")
                            .timestamp(1_700_000_000_000L)
                            .partition(3)
                            .offset(42)
                            .build()))
            .moduleSha256("ab".repeat(32))
            .source("specs/filter.toml:12")
            .build();
    PlannedBenchmark native_ =
        PlannedBenchmark.builder(
                "uppercase-map",
                PluginLocator.specMethod("a.Specs", "suite", "upper"),
                PluginBenchmark.builder("map-10").withInput(PluginRecord.ofText("x")).build())
            .build();
    Path file = directory.resolve("plan.json");

    BenchmarkPlan.of(List.of(wasm, native_)).write(file);
    BenchmarkPlan read = BenchmarkPlan.read(file);

    PlannedBenchmark readWasm = read.find("error-filter/filter-100B").orElseThrow();
    assertThat(readWasm.spec().input()).isEqualTo(wasm.spec().input());
    assertThat(readWasm.inputSha256()).isEqualTo(wasm.inputSha256());
    assertThat(readWasm.plugin()).isEqualTo(wasm.plugin());
    assertThat(readWasm.pluginVersion()).isEqualTo("1.0.0");
    assertThat(readWasm.dataSize()).isEqualTo(5);
    assertThat(readWasm.spec().iterations()).isEqualTo(7);
    assertThat(readWasm.spec().expectedThroughput()).hasValue(2e6);
    assertThat(readWasm.spec().maxLatency()).hasValue(Duration.ofMillis(5));
    assertThat(readWasm.moduleSha256()).hasValue("ab".repeat(32));
    assertThat(readWasm.source()).hasValue("specs/filter.toml:12");
    assertThat(read.find("uppercase-map/map-10").orElseThrow().plugin())
        .isEqualTo(PluginLocator.specMethod("a.Specs", "suite", "upper"));
    assertThat(read.benchmarks())
        .extracting(PlannedBenchmark::id)
        .containsExactly("error-filter/filter-100B", "uppercase-map/map-10");
  }

  @Test
  void rejectsTwoBenchmarksWithOneId() {
    assertThatThrownBy(
            () ->
                BenchmarkPlan.of(
                    List.of(
                        filter("f").source("a.toml:3").build(),
                        filter("f").source("b.toml:9").build())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Benchmark id [error-filter/f] is declared twice: at a.toml:3 and at b.toml:9 (fix:"
                + " give one of the benchmarks another name)");
  }

  @Test
  void rejectsABlankPluginName() {
    assertThatThrownBy(
            () ->
                PlannedBenchmark.builder(
                        " ", PluginLocator.manifest(Path.of("p")), spec("f").build())
                    .build())
        .hasMessage("Benchmark [f] has a blank plugin name (fix: name the plugin in plugin.toml)");
  }

  @Test
  void readingAnEditedInputNamesTheFileAndBenchmark() throws IOException {
    Path file = directory.resolve("plan.json");
    BenchmarkPlan.of(List.of(filter("f").build())).write(file);
    Files.writeString(file, Files.readString(file).replace("ZXJyb3I6IGE=", "ZXJyb3I6IGI="));

    assertThatThrownBy(() -> BenchmarkPlan.read(file))
        .isInstanceOf(PlanException.class)
        .hasMessageStartingWith(
            "Benchmark plan [" + file + "] at [benchmarks[0] (error-filter/f).inputSha256] is [")
        .hasMessageContaining("the input records hash to [");
  }

  @Test
  void readingAnotherSchemaSaysWhichOneItReads() throws IOException {
    Path file = directory.resolve("plan.json");
    Files.writeString(file, "{\"schema\": 9, \"benchmarks\": []}");

    assertThatThrownBy(() -> BenchmarkPlan.read(file))
        .isInstanceOf(PlanException.class)
        .hasMessageContaining("at [schema] is [9] but this harness reads schema 1");
  }

  @Test
  void readingAMissingFileNamesIt() {
    Path file = directory.resolve("absent.json");

    assertThatThrownBy(() -> BenchmarkPlan.read(file))
        .isInstanceOf(PlanException.class)
        .hasMessageStartingWith("Cannot read benchmark plan [" + file + "]");
  }
}
