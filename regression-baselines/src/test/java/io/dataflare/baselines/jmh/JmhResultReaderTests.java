package io.dataflare.baselines.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.dataflare.baselines.DataFileException;
import io.dataflare.baselines.Direction;
import io.dataflare.baselines.Measurement;
import io.dataflare.baselines.MeasurementSet;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads {@code jmh/sample-mode/benchmarks.json}: a real JMH 1.37 result (SampleTime, 6 forks, gc
 * profiler, the harness's parameters) to which the harness's {@code dataflare.*} secondary metrics
 * were added in the documented shape. The expected fork values were computed independently (in
 * Python) from the file's histograms.
 */
class JmhResultReaderTests {
  private static final double[] SAMPLE_FORK_MEANS = {
    0.09669748961531517, 0.712696032880629, 0.09977729398484113,
    0.1371888959795788, 2.3111988041853513, 0.6050460424211072
  };
  private static final double[] SAMPLE_ALLOCATION_PER_RECORD = {
    0.0006885672338404242, 0.00126151233728124, 0.0007907345868685407,
    0.0010686303459711236, 0.001952851225749089, 0.0018583317152857785
  };

  @TempDir Path temp;

  @Test
  void reducesSampleModeHistogramToCountWeightedMeanPerFork() {
    Measurement m = sampleMode().measurements().get(0);

    assertThat(m.wallClock().values()).hasSize(6);
    for (int fork = 0; fork < 6; fork++) {
      assertThat(m.wallClock().values().get(fork))
          .isCloseTo(SAMPLE_FORK_MEANS[fork], within(1e-12));
    }
  }

  @Test
  void reducesSampleModeHistogramToMedianCallPerFork() {
    Measurement m = sampleMode().measurements().get(0);

    // Medians from the histograms, computed independently: a few slow calls pull the means of
    // forks 1, 4 and 5 up to 0.6 to 2.3 us/op, but not their medians.
    assertThat(m.medianCalls()).isNotNull();
    assertThat(m.medianCalls().unit()).isEqualTo("us/op");
    assertThat(m.medianCalls().values()).containsExactly(0.08, 0.091, 0.08, 0.08, 0.08, 0.08);
  }

  @Test
  void throughputModeHasNoMedianCalls() {
    Measurement m = throughputMode().measurements().get(0);

    assertThat(m.medianCalls()).isNull();
  }

  @Test
  void takesIdPluginVersionDataSizeAndHashesFromParams() {
    Measurement m = sampleMode().measurements().get(0);

    assertThat(m.benchmarkId()).isEqualTo("error-filter/filter-100B");
    assertThat(m.plugin()).isEqualTo("error-filter");
    assertThat(m.pluginVersion()).isEqualTo("1.2.0");
    assertThat(m.dataSize()).isEqualTo(100);
    assertThat(m.moduleSha256()).startsWith("5f1c0e0d");
    assertThat(m.inputSha256()).startsWith("a3b1c2d4");
  }

  @Test
  void derivesLowerIsBetterFromTimePerOperation() {
    Measurement m = sampleMode().measurements().get(0);

    assertThat(m.wallClock().unit()).isEqualTo("us/op");
    assertThat(m.wallClock().direction()).isEqualTo(Direction.LOWER_IS_BETTER);
  }

  @Test
  void readsAllocationPerRecordPerForkFromHarnessMetric() {
    Measurement m = sampleMode().measurements().get(0);

    assertThat(m.allocationPerRecord()).isNotNull();
    for (int fork = 0; fork < 6; fork++) {
      assertThat(m.allocationPerRecord().values().get(fork))
          .isCloseTo(SAMPLE_ALLOCATION_PER_RECORD[fork], within(1e-15));
    }
  }

  @Test
  void readsInstructionsPerRecordOfBothCountingPasses() {
    Measurement m = sampleMode().measurements().get(0);

    assertThat(m.instructionsPerRecord()).isNotNull();
    assertThat(m.instructionsPerRecord().passes()).containsExactly(1843.27, 1843.27);
    assertThat(m.instructionsPerRecord().repeatable()).isTrue();
  }

  @Test
  void readsFingerprintSidecar() {
    MeasurementSet run = sampleMode();

    assertThat(run.fingerprint().text("cpuModel")).isEqualTo("Intel(R) Xeon(R) CPU @ 2.20GHz");
    assertThat(run.fingerprint().fields().get("jvmFlags"))
        .isEqualTo(java.util.List.of("-Xms256m", "-Xmx256m", "-XX:+AlwaysPreTouch"));
    assertThat(run.fingerprint().fields()).doesNotContainKey("schema");
  }

  @Test
  void reducesThroughputRawDataToMeanOfIterationsPerFork() {
    Measurement m = throughputMode().measurements().get(0);

    assertThat(m.wallClock().values()).containsExactly(1010.0, 1000.0, 1025.0, 1005.0, 1010.0);
    assertThat(m.wallClock().direction()).isEqualTo(Direction.HIGHER_IS_BETTER);
  }

  @Test
  void derivesAllocationPerRecordFromGcNormWhenHarnessMetricIsAbsent() {
    Measurement m = throughputMode().measurements().get(0);

    // ·gc.alloc.rate.norm per fork (bytes per call) divided by 10 records per call.
    assertThat(m.allocationPerRecord().values()).containsExactly(48.0, 48.0, 48.0, 48.0, 50.0);
  }

  @Test
  void namesBenchmarkByMethodAndParametersWithoutBenchmarkIdParam() {
    Measurement m = throughputMode().measurements().get(0);

    assertThat(m.benchmarkId()).isEqualTo("com.example.UpperBench.map:dataSize=10,plugin=upper");
    assertThat(m.instructionsPerRecord()).isNull();
    assertThat(m.moduleSha256()).isNull();
  }

  @Test
  void withoutFingerprintFileTheMachineIsUnknown() {
    MeasurementSet run = JmhResultReader.readDirectory(resource("jmh/throughput-mode"));

    assertThat(run.fingerprint().isUnknown()).isTrue();
  }

  @Test
  void missingResultsFileNamesItAndTheCommandThatWritesIt() {
    assertThatThrownBy(() -> JmhResultReader.readDirectory(temp))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining(temp.resolve("benchmarks.json").toString())
        .hasMessageContaining("does not exist")
        .hasMessageContaining("mvn dataflare:benchmark");
  }

  @Test
  void malformedResultsFileReportsItsLine() throws IOException {
    Path file = temp.resolve("benchmarks.json");
    Files.writeString(file, "[\n  {\n    \"benchmark\": \"x\",\n    \"mode\" \"sample\"\n  }\n]\n");

    assertThatThrownBy(() -> JmhResultReader.read(file, null))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining(file + ":4]")
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void duplicateBenchmarkIdsAreRejected() throws IOException {
    String entry = Files.readString(resource("jmh/throughput-mode/benchmarks.json")).trim();
    String body = entry.substring(1, entry.length() - 1);
    Path file = temp.resolve("benchmarks.json");
    Files.writeString(file, "[" + body + "," + body + "]");

    assertThatThrownBy(() -> JmhResultReader.read(file, null))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("appears in entries [0] and [1]");
  }

  @Test
  void unitWithoutDirectionIsRejectedWithItsPath() throws IOException {
    String text =
        Files.readString(resource("jmh/throughput-mode/benchmarks.json"))
            .replace("\"ops/s\"", "\"MB/sec\"");
    Path file = temp.resolve("benchmarks.json");
    Files.writeString(file, text);

    assertThatThrownBy(() -> JmhResultReader.read(file, null))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("[MB/sec]")
        .hasMessageContaining("[0].primaryMetric.scoreUnit");
  }

  @Test
  void forkWithoutIterationsIsRejectedWithItsPath() throws IOException {
    String text =
        Files.readString(resource("jmh/throughput-mode/benchmarks.json"))
            .replace("[ 1005.0, 1005.0, 1005.0 ]", "[ ]");
    Path file = temp.resolve("benchmarks.json");
    Files.writeString(file, text);

    assertThatThrownBy(() -> JmhResultReader.read(file, null))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("[[0].primaryMetric.rawData[3]] must not be empty");
  }

  private static MeasurementSet sampleMode() {
    return JmhResultReader.readDirectory(resource("jmh/sample-mode"));
  }

  private static MeasurementSet throughputMode() {
    return JmhResultReader.read(resource("jmh/throughput-mode/benchmarks.json"), null);
  }

  static Path resource(String name) {
    try {
      return Path.of(JmhResultReaderTests.class.getClassLoader().getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
