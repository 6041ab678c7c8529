package io.dataflare.baselines.store;

import static io.dataflare.baselines.fixtures.Runs.DATE;
import static io.dataflare.baselines.fixtures.Runs.tenForks;
import static io.dataflare.baselines.fixtures.Runs.thisMachine;
import static io.dataflare.baselines.fixtures.Runs.wallClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataflare.baselines.DataFileException;
import io.dataflare.baselines.NoiseFloor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a baseline file can be broken is an error naming the file and the fix. */
class BrokenBaselineFileTests {
  private static final String ID = "error-filter/filter-100B";

  @TempDir Path temp;
  private BaselineStore store;
  private Path file;
  private String valid;

  @BeforeEach
  void writeValidBaseline() throws IOException {
    store = BaselineStore.at(temp);
    file =
        store.write(
            new Baseline(wallClock(ID, tenForks()), DATE, NoiseFloor.DEFAULT, thisMachine()));
    valid = Files.readString(file);
  }

  @Test
  void emptyFile() throws IOException {
    Files.writeString(file, "");

    assertBroken().hasMessageContaining("the file is empty");
  }

  @Test
  void truncatedFileNamesTheLineWhereItEnds() throws IOException {
    String half = valid.substring(0, valid.length() / 2);
    Files.writeString(file, half);
    int lastLine = half.split("\n", -1).length;

    assertBroken()
        .hasMessageContaining("not valid JSON (Unexpected end-of-input")
        .satisfies(
            e -> assertThat(((DataFileException) e).line()).isBetween(lastLine, lastLine + 1));
  }

  @Test
  void syntaxErrorNamesItsLine() throws IOException {
    Files.writeString(
        file, valid.replace("\"plugin\" : \"error-filter\",", "\"plugin\" : \"error-filter\""));

    assertBroken()
        .hasMessageContaining(file + ":5]")
        .hasMessageContaining("not valid JSON (Unexpected character");
  }

  @Test
  void missingFieldIsNamed() throws IOException {
    Files.writeString(file, valid.replace("\"pluginVersion\"", "\"pluginVersionX\""));

    assertBroken().hasMessageContaining("missing field [pluginVersion]");
  }

  @Test
  void missingNestedFieldIsNamedByPath() throws IOException {
    Files.writeString(file, valid.replace("\"unit\" : \"us/op\",", ""));

    assertBroken().hasMessageContaining("missing field [wallClock.unit]");
  }

  @Test
  void schemaFromTheFutureAsksForUpgradeOrRegeneration() throws IOException {
    Files.writeString(file, valid.replace("\"schema\" : 2,", "\"schema\" : 7,"));

    assertBroken()
        .hasMessageContaining("schema version [7] was written by a newer DataFlare TestKit")
        .hasMessageContaining("upgrade DataFlare TestKit");
  }

  @Test
  void wrongTypeIsNamedWithItsValue() throws IOException {
    Files.writeString(file, valid.replace("\"dataSize\" : 100,", "\"dataSize\" : \"hundred\","));

    assertBroken()
        .hasMessageContaining("field [dataSize] must be a whole number but was [\"hundred\"]");
  }

  @Test
  void nonNumericForkValueIsNamedByIndex() throws IOException {
    Files.writeString(file, valid.replace("103.0", "\"fast\""));

    assertBroken().hasMessageContaining("field [wallClock.forks[1]] must be a finite number");
  }

  @Test
  void arrayInsteadOfObject() throws IOException {
    Files.writeString(file, "[ 1, 2, 3 ]\n");

    assertBroken().hasMessageContaining("expected a JSON object with a baseline");
  }

  @Test
  void fileHoldingAnotherBenchmark() throws IOException {
    Files.writeString(
        file, valid.replace("\"benchmarkId\" : \"" + ID + "\"", "\"benchmarkId\" : \"other/one\""));

    assertBroken().hasMessageContaining("it holds benchmark [other/one], not [" + ID + "]");
  }

  @Test
  void readAllFailsOnTheBrokenFileByName() throws IOException {
    Files.writeString(file, "{");

    assertThatThrownBy(store::readAll)
        .isInstanceOf(DataFileException.class)
        .hasMessageContaining(file.toString());
  }

  private AbstractThrowableAssert<?, ? extends Throwable> assertBroken() throws IOException {
    byte[] before = Files.readAllBytes(file);
    AbstractThrowableAssert<?, ? extends Throwable> thrown =
        assertThatThrownBy(() -> store.read(ID))
            .isInstanceOf(DataFileException.class)
            .hasMessageStartingWith("Baseline file [" + file)
            .hasMessageContaining("Regenerate it with `mvn dataflare:update-baselines`");
    // Reading never repairs or overwrites anything.
    assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))
        .isEqualTo(new String(before, StandardCharsets.UTF_8));
    return thrown;
  }
}
