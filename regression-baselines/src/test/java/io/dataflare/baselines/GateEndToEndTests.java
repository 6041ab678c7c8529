package io.dataflare.baselines;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.baselines.gate.GateResult;
import io.dataflare.baselines.gate.RegressionGate;
import io.dataflare.baselines.gate.Verdict;
import io.dataflare.baselines.jmh.JmhResultReader;
import io.dataflare.baselines.report.RegressionReports;
import io.dataflare.baselines.store.BaselineStore;
import io.dataflare.baselines.store.Baselines;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path on a real JMH result: read it, record baselines, read them back, gate a second
 * run, write the reports.
 */
class GateEndToEndTests {
  private static final String ID = "error-filter/filter-100B";

  @TempDir Path temp;

  @Test
  void unchangedSecondRunPasses() throws IOException {
    BaselineStore store = recordBaselines();

    GateResult result =
        RegressionGate.withDefaults().check(store.readAll(), harnessRun(copyOfFixture()));

    assertThat(result.passed()).isTrue();
    assertThat(result.verdict(ID).orElseThrow().verdict()).isEqualTo(Verdict.PASS);
    assertThat(result.verdict(ID).orElseThrow().fingerprint().matches()).isTrue();
  }

  @Test
  void plantedInstructionIncreaseFailsWithReportNamingBenchmarkAmountAndReason()
      throws IOException {
    BaselineStore store = recordBaselines();
    Path changed = copyOfFixture();
    Path results = changed.resolve("benchmarks.json");
    Files.writeString(
        results,
        Files.readString(results)
            .replace("1843.27", "1870.92")
            .replace("\"moduleSha256\": \"5f1c", "\"moduleSha256\": \"6f1c"));

    GateResult result = RegressionGate.withDefaults().check(store.readAll(), harnessRun(changed));
    List<Path> reports = RegressionReports.writeAll(result, temp.resolve("target/dataflare"));

    assertThat(result.passed()).isFalse();
    assertThat(Files.readString(reports.get(0)))
        .contains("**FAILED**")
        .contains(
            "Benchmark [" + ID + "] (error-filter 1.2.0) regressed: instructions per record +1.5%",
            "from 1843 to 1871 instructions per record (+1.5%), more than the 1.0% allowed",
            "mvn dataflare:update-baselines");
  }

  private BaselineStore recordBaselines() {
    BaselineStore store = BaselineStore.inProject(temp.resolve("plugin"));
    store.writeAll(Baselines.fromRuns(List.of(harnessRun(copyOfFixture())), Instant.now()));
    return store;
  }

  private static MeasurementSet harnessRun(Path directory) {
    return JmhResultReader.readDirectory(directory);
  }

  private Path copyOfFixture() {
    try {
      Path source = Path.of(getClass().getClassLoader().getResource("jmh/sample-mode").toURI());
      Path copy = Files.createTempDirectory(temp, "run");
      for (String name : List.of("benchmarks.json", "fingerprint.json")) {
        Files.copy(source.resolve(name), copy.resolve(name));
      }
      return copy;
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
