package io.dataflare.maven.internal.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineSummaryTests {
  private static final Path TARGET = Path.of("src/test/resources/fixtures/results/build");

  @Test
  void rowPerBenchmarkWithTestsFiguresAndVerdict() {
    List<String> lines = PipelineSummary.render(List.of(ProjectResults.read("sample", TARGET)));

    assertThat(lines.get(0))
        .startsWith("Project")
        .contains("Tests", "Benchmark", "Records/s", "p99/call", "Instr/record", "Gate");
    assertThat(lines.get(2))
        .contains(
            "sample",
            "2 passed, 2 failed, 1 skipped",
            "error-filter/filter-1k",
            "1.82 M",
            "8.27 ms",
            "1895.9",
            "REGRESSED");
    assertThat(lines.get(3)).contains("upper/upper-1k", "950", "1.5 us", "REGRESSED (warning)");
  }

  @Test
  void failedTestsAreListedByProjectAndName() {
    List<String> lines = PipelineSummary.render(List.of(ProjectResults.read("sample", TARGET)));

    assertThat(lines).contains("Failed tests:", "  sample: error-filter > drops-the-rest");
  }

  @Test
  void projectThatDidNotRunSaysSo(@TempDir Path empty) {
    List<String> lines = PipelineSummary.render(List.of(ProjectResults.read("broken", empty)));

    assertThat(lines.get(2)).contains("broken", "not run").doesNotContain("passed");
  }

  @Test
  void ratesAndLatenciesReadAtAGlance() {
    assertThat(PipelineSummary.rate(22_320_000)).isEqualTo("22.32 M");
    assertThat(PipelineSummary.rate(191_200)).isEqualTo("191.2 k");
    assertThat(PipelineSummary.latency(25_240, "us/op")).isEqualTo("25.24 ms");
    assertThat(PipelineSummary.latency(119.6, "us/op")).isEqualTo("119.6 us");
    assertThat(PipelineSummary.latency(2_500, "ns/op")).isEqualTo("2.5 us");
  }
}
