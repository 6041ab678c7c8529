package io.dataflare.maven.internal.ab;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.bench.plan.BenchmarkPlan;
import io.dataflare.bench.plan.PlannedBenchmark;
import io.dataflare.bench.plan.PluginLocator;
import io.dataflare.testkit.PluginBenchmark;
import io.dataflare.testkit.Records;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviousPlanTests {
  private static final Path FIXTURE =
      Path.of("src/test/resources/fixtures/valid-wasm").toAbsolutePath();
  private static final PluginBenchmark SPEC =
      PluginBenchmark.builder("filter-10").withDataSize(10).withInput(Records.text("a")).build();

  @TempDir Path previous;

  private static BenchmarkPlan plan(PluginLocator locator) {
    return BenchmarkPlan.of(
        List.of(PlannedBenchmark.builder("fixture-filter", locator, SPEC).build()));
  }

  @Test
  void manifestAtTheSamePathInThePreviousArtifactReplacesTheCurrentOne() throws IOException {
    Files.createDirectories(previous.resolve("plugin"));
    Files.writeString(
        previous.resolve("plugin.toml"),
        Files.readString(FIXTURE.resolve("plugin.toml")).replace("1.0.0", "0.9.0"));
    Files.copy(
        Path.of("src/test/resources/fixtures/imports-abort/plugin/filter.wasm"),
        previous.resolve("plugin/filter.wasm"));

    PlannedBenchmark a =
        PreviousPlan.of(
                plan(PluginLocator.manifest(FIXTURE.resolve("plugin.toml"))),
                FIXTURE,
                previous,
                line -> {})
            .benchmarks()
            .get(0);

    assertThat(a.plugin()).isEqualTo(PluginLocator.manifest(previous.resolve("plugin.toml")));
    assertThat(a.pluginVersion()).isEqualTo("0.9.0");
    assertThat(a.moduleSha256())
        .contains(PreviousPlan.sha256(previous.resolve("plugin/filter.wasm")));
    assertThat(a.id()).isEqualTo("fixture-filter/filter-10");
    assertThat(a.inputSha256()).isEqualTo(plan(a.plugin()).benchmarks().get(0).inputSha256());
  }

  @Test
  void manifestMissingFromThePreviousArtifactIsKeptWithANote() {
    List<String> notes = new ArrayList<>();
    PluginLocator current = PluginLocator.manifest(FIXTURE.resolve("plugin.toml"));

    PlannedBenchmark a =
        PreviousPlan.of(plan(current), FIXTURE, previous, notes::add).benchmarks().get(0);

    assertThat(a.plugin()).isEqualTo(current);
    assertThat(notes).singleElement().asString().contains("has no plugin.toml");
  }

  @Test
  void specMethodPluginsAreKeptAsTheyAre() {
    PluginLocator method = PluginLocator.specMethod("com.example.Specs", "suite", "s");

    assertThat(
            PreviousPlan.of(plan(method), FIXTURE, previous, line -> {})
                .benchmarks()
                .get(0)
                .plugin())
        .isEqualTo(method);
  }
}
