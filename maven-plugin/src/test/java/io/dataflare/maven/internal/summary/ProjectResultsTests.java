package io.dataflare.maven.internal.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectResultsTests {
  private static final Path TARGET = Path.of("src/test/resources/fixtures/results/build");

  @Test
  void testsAreCountedOverEveryReportWithTheFailedOnesByName() {
    TestCounts tests = ProjectResults.read("p", TARGET).tests();

    assertThat(tests.total()).isEqualTo(5);
    assertThat(tests.failed()).isEqualTo(2);
    assertThat(tests.skipped()).isEqualTo(1);
    assertThat(tests.passed()).isEqualTo(2);
    assertThat(tests.failedNames())
        .containsExactlyInAnyOrder(
            "error-filter > drops-the-rest", "com.example.UpperSpecTests > upper-cases");
  }

  @Test
  void benchmarkFiguresComeFromTheJmhResults() {
    BenchmarkFigures filter = ProjectResults.read("p", TARGET).benchmarks().get(0);

    assertThat(filter.benchmarkId()).isEqualTo("error-filter/filter-1k");
    assertThat(filter.recordsPerSecond()).isEqualTo(1819230.5);
    assertThat(filter.p99()).isEqualTo(8267.8);
    assertThat(filter.p99Unit()).isEqualTo("us/op");
    assertThat(filter.instructionsPerRecord()).hasValue(1895.857);
  }

  @Test
  void nativeBenchmarkHasNoInstructionCount() {
    assertThat(ProjectResults.read("p", TARGET).benchmarks().get(1).instructionsPerRecord())
        .isEmpty();
  }

  @Test
  void verdictsSayWhichRegressionsOnlyWarn() {
    ProjectResults results = ProjectResults.read("p", TARGET);

    assertThat(results.verdicts())
        .containsEntry("error-filter/filter-1k", "REGRESSED")
        .containsEntry("upper/upper-1k", "REGRESSED (warning)");
    assertThat(results.gatePassed()).contains(false);
  }

  @Test
  void projectThatDidNotRunHasNothing(@TempDir Path empty) {
    ProjectResults results = ProjectResults.read("p", empty);

    assertThat(results.tests()).isEqualTo(TestCounts.NONE);
    assertThat(results.benchmarks()).isEmpty();
    assertThat(results.verdicts()).isEmpty();
    assertThat(results.gatePassed()).isEmpty();
  }
}
