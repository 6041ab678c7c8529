package io.dataflare.maven.internal;

import static io.dataflare.maven.fixtures.Runs.baseline;
import static io.dataflare.maven.fixtures.Runs.measurement;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.baselines.store.BaselineStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineChangesTests {
  private static final String ID = "error-filter/filter-1k";

  @TempDir Path directory;

  @Test
  void benchmarkWithoutABaselineGetsANewOne() {
    BaselineStore store = BaselineStore.at(directory);

    assertThat(BaselineChanges.describe(store, List.of(baseline(measurement(ID, 100, 1000)))))
        .containsExactly(ID + ": new baseline (100 us/op, 1000 instructions/record, 12 B/record)");
  }

  @Test
  void changedBaselineShowsOldAndNewValues() {
    BaselineStore store = BaselineStore.at(directory);
    store.write(baseline(measurement(ID, 100, 1000)));

    assertThat(BaselineChanges.describe(store, List.of(baseline(measurement(ID, 110, 1500)))))
        .containsExactly(
            ID
                + ": updated: wall-clock 100 -> 110 us/op (+10.0%), instructions 1000 -> 1500"
                + " instructions/record (+50.0%), allocation 12 -> 12 B/record (+0.0%)");
  }

  @Test
  void brokenBaselineFileIsReplaced() throws IOException {
    BaselineStore store = BaselineStore.at(directory);
    Files.writeString(store.fileFor(ID), "{ not json");

    assertThat(BaselineChanges.describe(store, List.of(baseline(measurement(ID, 100, 1000)))))
        .singleElement()
        .asString()
        .startsWith(ID + ": replaces a broken baseline file");
  }

  @Test
  void baselinesOfBenchmarksThatDidNotRunAreListedAsUntouched() throws IOException {
    BaselineStore store = BaselineStore.at(directory);
    store.write(baseline(measurement("other/bench", 100, 1000)));
    Files.writeString(directory.resolve("broken.json"), "{");

    assertThat(BaselineChanges.untouched(store, List.of(baseline(measurement(ID, 100, 1000)))))
        .containsExactly("broken.json", "other_bench.json");
  }
}
