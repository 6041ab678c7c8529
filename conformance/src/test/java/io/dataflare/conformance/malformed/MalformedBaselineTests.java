package io.dataflare.conformance.malformed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dataflare.baselines.DataFileException;
import io.dataflare.baselines.store.BaselineStore;
import io.dataflare.conformance.fixtures.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed baseline of {@code malformed/baselines}, read by the real {@link BaselineStore},
 * with its exact error: the file, the line (every problem but an empty file has one), what is wrong
 * and the command that regenerates it.
 */
class MalformedBaselineTests {
  static final Path DIRECTORY = Corpus.MALFORMED.resolve("baselines");
  static final String ID = "error-filter/filter-100B";
  static final String FIX =
      "Regenerate it with `mvn dataflare:update-baselines` (it records a new baseline from a"
          + " benchmark run), or restore it from version control";

  @TempDir Path temp;

  /** A malformed baseline, the line its error names (0: none) and the problem. */
  record Row(String file, int line, String problem) {
    @Override
    public String toString() {
      return file;
    }

    Path path() {
      return DIRECTORY.resolve(file);
    }

    String expected(Path where) {
      return "Baseline file ["
          + where
          + (line > 0 ? ":" + line : "")
          + "]: "
          + problem
          + ". "
          + FIX;
    }
  }

  static Stream<Row> corpus() {
    return Stream.of(
        row(
            "bad-date.json",
            6,
            "field [date] must be an ISO-8601 instant like 2025-01-31T12:00:00Z but"
                + " was [yesterday]"),
        row("empty-forks.json", 11, "field [wallClock.forks] must not be empty"),
        row("empty.json", 0, "the file is empty"),
        row(
            "future-fingerprint-schema.json",
            29,
            "fingerprint schema version [9] is not one this version reads (1 to 1)"),
        row(
            "future-schema.json",
            2,
            "schema version [3] was written by a newer DataFlare TestKit (this one"
                + " reads up to 2): upgrade DataFlare TestKit to read it"),
        row("missing-field.json", 1, "missing field [pluginVersion]"),
        row("missing-nested-field.json", 8, "missing field [wallClock.unit]"),
        row("negative-data-size.json", 7, "field [dataSize] must be a record count but was [-100]"),
        row(
            "negative-noise-floor.json",
            24,
            "field [noiseFloor.relative] must not be negative but was [-0.025]"),
        row("not-an-object.json", 1, "expected a JSON object with a baseline"),
        row(
            "null-fork.json",
            14,
            "field [wallClock.forks[2]] must be a finite number but was [null]"),
        row("schema-as-text.json", 2, "field [schema] must be a whole number but was [\"1\"]"),
        row("schema-zero.json", 2, "schema version [0] is not a valid version"),
        row(
            "syntax-missing-comma.json",
            5,
            "not valid JSON (Unexpected character ('\"' (code 34)): was expecting"
                + " comma to separate Object entries)"),
        row(
            "syntax-single-quotes.json",
            5,
            "not valid JSON (Unexpected character (''' (code 39)): was expecting"
                + " double-quote to start field name)"),
        row(
            "trailing-garbage.json",
            34,
            "not valid JSON (Unexpected close marker '}': no open Object to close)"),
        row(
            "truncated.json",
            12,
            "not valid JSON (Unexpected end-of-input: expected close marker for"
                + " Array (start marker at [Source: REDACTED"
                + " (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 11,"
                + " column: 15]))"),
        row(
            "unknown-direction.json",
            10,
            "field [wallClock.direction] must be LOWER_IS_BETTER or HIGHER_IS_BETTER"
                + " but was [SIDEWAYS]"),
        row("whitespace-only.json", 0, "the file is empty"),
        row(
            "wrong-type-forks.json",
            11,
            "field [wallClock.forks] must be an array but was [\"fast\"]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void isAnErrorNamingFileLineAndFix(Row row) {
    DataFileException error =
        catchThrowableOfType(DataFileException.class, () -> BaselineStore.readFile(row.path()));

    assertThat(error).as("%s must be rejected", row.file()).isNotNull();
    assertThat(error).hasMessage(row.expected(row.path()));
    assertThat(error.file()).isEqualTo(row.path());
    assertThat(error.line()).isEqualTo(row.line());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void storeReadingItUnderItsBenchmarkIdFailsTheSameWay(Row row) throws IOException {
    BaselineStore store = BaselineStore.at(temp);
    Path stored = Files.copy(row.path(), store.fileFor(ID));

    DataFileException error = catchThrowableOfType(DataFileException.class, () -> store.read(ID));

    assertThat(error).hasMessage(row.expected(stored));
  }

  @Test
  void baselineHoldingAnotherBenchmarkIsNamedWhenReadUnderThisOne() throws IOException {
    BaselineStore store = BaselineStore.at(temp);
    Path stored = Files.copy(DIRECTORY.resolve("other-benchmark.json"), store.fileFor(ID));

    DataFileException error = catchThrowableOfType(DataFileException.class, () -> store.read(ID));

    assertThat(error)
        .hasMessage(
            "Baseline file ["
                + stored
                + "]: it holds benchmark [error-filter/filter-1kB], not [error-filter/filter-100B]"
                + " (two ids map to this file name: rename one benchmark). "
                + FIX);
  }

  @Test
  void corpusHoldsEveryBaselineOfTheDirectory() {
    assertThat(MalformedFiles.names(DIRECTORY))
        .containsExactlyInAnyOrderElementsOf(
            Stream.concat(corpus().map(Row::file), Stream.of("other-benchmark.json", "README.md"))
                .toList());
  }

  private static Row row(String file, int line, String problem) {
    return new Row(file, line, problem);
  }
}
