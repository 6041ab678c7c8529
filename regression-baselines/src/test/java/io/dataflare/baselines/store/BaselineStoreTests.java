package io.dataflare.baselines.store;

import static io.dataflare.baselines.fixtures.Runs.DATE;
import static io.dataflare.baselines.fixtures.Runs.forks;
import static io.dataflare.baselines.fixtures.Runs.full;
import static io.dataflare.baselines.fixtures.Runs.run;
import static io.dataflare.baselines.fixtures.Runs.scaled;
import static io.dataflare.baselines.fixtures.Runs.tenForks;
import static io.dataflare.baselines.fixtures.Runs.thisMachine;
import static io.dataflare.baselines.fixtures.Runs.wallClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.dataflare.baselines.DataFileException;
import io.dataflare.baselines.Fingerprint;
import io.dataflare.baselines.ForkValues;
import io.dataflare.baselines.Measurement;
import io.dataflare.baselines.NoiseFloor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineStoreTests {
  @TempDir Path temp;

  @Test
  void roundTripKeepsEveryField() {
    BaselineStore store = BaselineStore.at(temp.resolve("baselines"));
    Baseline written =
        new Baseline(
            full("error-filter/filter-100B", tenForks(), 1843.27, forks(0.5, 0.5, 0.75)).toBuilder()
                .withMedianCalls(ForkValues.of("us/op", scaled(tenForks(), 0.98)))
                .build(),
            DATE,
            new NoiseFloor(0.021, NoiseFloor.RUN_MEDIANS, 3),
            thisMachine());

    store.write(written);

    assertThat(store.read("error-filter/filter-100B")).contains(written);
  }

  @Test
  void schemaOneFileWithoutMedianCallsIsReadWithoutThem() throws IOException {
    BaselineStore store = BaselineStore.at(temp);
    Path file =
        store.write(
            new Baseline(wallClock("a/b", tenForks()), DATE, NoiseFloor.DEFAULT, thisMachine()));
    String written = Files.readString(file);
    assertThat(written).contains("\"medianCalls\" : null");
    Files.writeString(
        file,
        written
            .replace("\"schema\" : 2,", "\"schema\" : 1,")
            .replace("\"medianCalls\" : null,", ""));

    Baseline read = store.read("a/b").orElseThrow();

    assertThat(read.measurement().medianCalls()).isNull();
    assertThat(read.measurement().wallClock().values()).isEqualTo(tenForks());
  }

  @Test
  void roundTripKeepsAbsentMetricsAbsent() {
    BaselineStore store = BaselineStore.at(temp);
    Measurement nativePlugin =
        Measurement.builder("native/plain").withWallClock("ops/s", forks(1, 2, 3)).build();
    Baseline written = new Baseline(nativePlugin, DATE, NoiseFloor.DEFAULT, Fingerprint.unknown());

    store.write(written);

    assertThat(store.read("native/plain")).contains(written);
  }

  @Test
  void fileNameOfIdIsFilesystemSafe() {
    assertThat(BaselineStore.fileNameFor("error-filter/filter-100B"))
        .isEqualTo("error-filter_filter-100B.json");
    assertThat(BaselineStore.fileNameFor("../etc/passwd")).isEqualTo("_._etc_passwd.json");
    assertThat(BaselineStore.fileNameFor("a b:c*?\"<>|\\")).isEqualTo("a_b_c_______.json");
  }

  @Test
  void defaultDirectoryIsUnderSrcTestDataflare() {
    assertThat(BaselineStore.inProject(temp).directory())
        .isEqualTo(temp.resolve("src/test/dataflare/baselines"));
  }

  @Test
  void fileIsPrettyJsonWithSchemaFirstAndOneForkPerLine() throws IOException {
    BaselineStore store = BaselineStore.at(temp);

    Path file =
        store.write(
            new Baseline(wallClock("a/b", tenForks()), DATE, NoiseFloor.DEFAULT, thisMachine()));

    List<String> lines = Files.readAllLines(file);
    assertThat(lines.get(1)).isEqualTo("  \"schema\" : 2,");
    assertThat(lines)
        .contains("  \"benchmarkId\" : \"a/b\",", "  \"date\" : \"2025-06-01T12:00:00Z\",");
    assertThat(lines).filteredOn(l -> l.trim().startsWith("103.0")).hasSize(1);
  }

  @Test
  void readOfBenchmarkWithoutFileIsEmpty() {
    assertThat(BaselineStore.at(temp).read("none/yet")).isEmpty();
  }

  @Test
  void readAllOfMissingDirectoryIsEmpty() {
    assertThat(BaselineStore.at(temp.resolve("absent")).readAll()).isEmpty();
  }

  @Test
  void readAllReturnsEveryBaselineByIdAndSkipsTemporaryFiles() throws IOException {
    BaselineStore store = BaselineStore.at(temp);
    store.write(
        new Baseline(wallClock("b/two", tenForks()), DATE, NoiseFloor.DEFAULT, thisMachine()));
    store.write(
        new Baseline(wallClock("a/one", tenForks()), DATE, NoiseFloor.DEFAULT, thisMachine()));
    Files.writeString(temp.resolve(".a_one.json.123.tmp"), "{ \"schema\" : 1, \"bench");

    assertThat(store.readAll()).containsOnlyKeys("a/one", "b/two");
  }

  @Test
  void writeReplacesPreviousBaseline() {
    BaselineStore store = BaselineStore.at(temp);
    store.write(
        new Baseline(wallClock("a/b", tenForks()), DATE, NoiseFloor.DEFAULT, thisMachine()));
    Baseline newer =
        new Baseline(
            wallClock("a/b", scaled(tenForks(), 0.9)),
            DATE.plusSeconds(60),
            NoiseFloor.DEFAULT,
            thisMachine());

    store.write(newer);

    assertThat(store.read("a/b")).contains(newer);
    assertThat(temp.toFile().list()).containsExactly("a_b.json");
  }

  @Test
  void writeRefusesToReplaceAnotherBenchmarkWithTheSameFileName() {
    BaselineStore store = BaselineStore.at(temp);
    store.write(
        new Baseline(wallClock("a/b", tenForks()), DATE, NoiseFloor.DEFAULT, thisMachine()));

    assertThatThrownBy(
            () ->
                store.write(
                    new Baseline(
                        wallClock("a:b", tenForks()), DATE, NoiseFloor.DEFAULT, thisMachine())))
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining("holds benchmark [a/b]")
        .hasMessageContaining("[a:b] maps to the same file name");
  }

  @Test
  void baselinesFromRunsPoolForksAndLearnNoiseFloorFromRunMedians() {
    List<Baseline> baselines =
        Baselines.fromRuns(
            List.of(
                run(wallClock("a/b", forks(100, 100, 100, 100, 100))),
                run(wallClock("a/b", forks(104, 104, 104, 104, 104))),
                run(wallClock("a/b", forks(102, 102, 102, 102, 102)))),
            DATE);

    Baseline baseline = baselines.get(0);
    assertThat(baseline.measurement().wallClock().forks()).isEqualTo(15);
    // Run medians 100, 104, 102: their median is 102; the farthest is 2/102 away.
    assertThat(baseline.noiseFloor().relative()).isCloseTo(2.0 / 102, within(1e-12));
    assertThat(baseline.noiseFloor().estimator()).isEqualTo(NoiseFloor.RUN_MEDIANS);
    assertThat(baseline.noiseFloor().runs()).isEqualTo(3);
    assertThat(baseline.date()).isEqualTo(DATE);
  }

  @Test
  void baselinesTakeDeterministicMetricsAndFingerprintFromLastRun() {
    List<Baseline> baselines =
        Baselines.fromRuns(
            List.of(
                run(full("a/b", tenForks(), 1000, forks(1, 1, 1))),
                run(full("a/b", tenForks(), 1010, forks(2, 2, 2)))),
            DATE);

    Baseline baseline = baselines.get(0);
    assertThat(baseline.measurement().instructionsPerRecord().perRecord()).isEqualTo(1010);
    assertThat(baseline.measurement().allocationPerRecord().values())
        .containsExactly(1.0, 1.0, 1.0, 2.0, 2.0, 2.0);
    assertThat(baseline.fingerprint()).isEqualTo(thisMachine());
  }

  @Test
  void baselinesPoolMedianCallsOnlyWhenEveryRunHasThem() {
    Measurement withCalls =
        wallClock("a/b", forks(100, 101, 102)).toBuilder()
            .withMedianCalls(ForkValues.of("us/op", forks(98, 99, 100)))
            .build();
    Measurement withoutCalls = wallClock("a/b", forks(100, 101, 102));

    Baseline pooled = Baselines.fromRuns(List.of(run(withCalls), run(withCalls)), DATE).get(0);
    Baseline mixed = Baselines.fromRuns(List.of(run(withoutCalls), run(withCalls)), DATE).get(0);

    assertThat(pooled.measurement().medianCalls().values())
        .containsExactly(98.0, 99.0, 100.0, 98.0, 99.0, 100.0);
    assertThat(mixed.measurement().medianCalls()).isNull();
    assertThat(mixed.measurement().wallClock().forks()).isEqualTo(6);
  }
}
