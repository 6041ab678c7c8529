package io.dataflare.baselines.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.baselines.fixtures.GateResults;
import io.dataflare.baselines.gate.GateResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegressionReportsTests {
  @TempDir Path temp;

  @Test
  void writesAllThreeReports() throws IOException {
    GateResult result = GateResults.mixed();
    Path directory = temp.resolve("target/dataflare");

    List<Path> files = RegressionReports.writeAll(result, directory);

    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            "regression-report.md", "regression-report.json", "TEST-dataflare-regression-gate.xml");
    assertThat(Files.readString(files.get(0))).isEqualTo(MarkdownReport.render(result));
    assertThat(Files.readString(files.get(1))).isEqualTo(JsonReport.render(result));
    assertThat(Files.readString(files.get(2))).isEqualTo(JUnitXmlReport.render(result));
    assertThat(directory.toFile().list()).hasSize(3);
  }
}
