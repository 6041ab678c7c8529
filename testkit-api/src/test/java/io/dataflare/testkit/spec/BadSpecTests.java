package io.dataflare.testkit.spec;

import static io.dataflare.testkit.fixtures.SpecFixtures.bad;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-spec corpus under {@code src/test/resources/bad-specs}: one file per problem, each
 * asserting its exact report ({@code file:line: [key] message (fix: ...)}).
 */
class BadSpecTests {
  private static final String CASE_KEYS =
      "name, input, batches, timeout_ms, memory_limit_mb, tags, expect";
  private static final String FAILURE_KINDS =
      "TIMEOUT, MEMORY_LIMIT, TRAP, ABI_VIOLATION, POLICY_VIOLATION, INVALID_MODULE, PLUGIN_ERROR";

  /** The problems of a bad spec, which must yield no suite. */
  private static List<String> problems(String file) {
    SpecFile spec = SpecFileReader.read(bad(file));
    assertThat(spec.suite()).isEmpty();
    return spec.problems().stream().map(SpecProblem::toString).toList();
  }

  private static String at(String file, int line, String rest) {
    return bad(file) + ":" + line + ": " + rest;
  }

  @Test
  void syntaxErrorNamesTheLineJacksonStoppedAt() {
    assertThat(problems("syntax-error.toml"))
        .containsExactly(
            at(
                "syntax-error.toml",
                4,
                "[] TOML syntax error: More data after value has already ended. Invalid value"
                    + " preceding this position? in [expect.count = 1]"
                    + " (fix: correct the TOML at this line (see https://toml.io))"));
  }

  @Test
  void unknownCaseKeySuggestsTheClosestKnownKey() {
    assertThat(problems("unknown-key.toml"))
        .containsExactly(
            at(
                "unknown-key.toml",
                4,
                "[case[0].expct] unknown key [expct] in [[case]]"
                    + " (fix: did you mean [expect]? Keys of [[case]]: "
                    + CASE_KEYS
                    + ")"));
  }

  @Test
  void unknownExpectationKeySuggestsTheClosestExpectation() {
    assertThat(problems("unknown-expect-key.toml"))
        .containsExactly(
            at(
                "unknown-expect-key.toml",
                4,
                "[case[0].expect.outputs] unknown key [outputs] in expect (fix: did you mean"
                    + " [output]? Keys of expect: output, count, dropped, contains, matches,"
                    + " json_contains, metadata, batches, failure, message_contains)"));
  }

  @Test
  void unknownRecordKeyIsFoundInsideAMultiLineArray() {
    assertThat(problems("unknown-record-key.toml"))
        .containsExactly(
            at(
                "unknown-record-key.toml",
                5,
                "[case[0].input[1].valeu] unknown key [valeu] in a record (fix: did you mean"
                    + " [value]? Keys of a record: value, value_json, value_hex, value_base64,"
                    + " key, key_json, key_hex, key_base64, metadata, timestamp, partition,"
                    + " offset)"));
  }

  @Test
  void unknownTopLevelKeySuggestsPlugin() {
    assertThat(problems("unknown-top-level-key.toml"))
        .containsExactly(
            at(
                "unknown-top-level-key.toml",
                1,
                "[plugins] unknown key [plugins] in the top level"
                    + " (fix: did you mean [plugin]? Keys of the top level: plugin, case,"
                    + " benchmark, properties)"));
  }

  @Test
  void wrongTypeShowsTheValueAndAnExample() {
    assertThat(problems("wrong-type.toml"))
        .containsExactly(
            at(
                "wrong-type.toml",
                3,
                "[case[0].timeout_ms] must be an integer but is a string [\"100\"]"
                    + " (fix: write e.g. timeout_ms = 1000)"));
  }

  @Test
  void recordWithTwoValueFormsNamesBoth() {
    assertThat(problems("two-value-forms.toml"))
        .containsExactly(
            at(
                "two-value-forms.toml",
                4,
                "[case[0].input[0].value_hex] record has 2 value forms [value, value_hex]"
                    + " (fix: give exactly one of value, value_json, value_hex, value_base64)"));
  }

  @Test
  void unknownFailureKindListsTheValidKinds() {
    assertThat(problems("unknown-failure-kind.toml"))
        .containsExactly(
            at(
                "unknown-failure-kind.toml",
                4,
                "[case[0].expect.failure] unknown failure kind [TIMEOUTS]"
                    + " (fix: use one of "
                    + FAILURE_KINDS
                    + ")"));
  }

  @Test
  void caseWithoutExpectationIsReportedAtTheCase() {
    assertThat(problems("no-expectation.toml"))
        .containsExactly(
            at(
                "no-expectation.toml",
                1,
                "[case[0].expect] [[case]] has no expectation (fix: add at least one, e.g."
                    + " expect.output = [ { value = \"...\" } ] or expect.dropped = true)"));
  }

  @Test
  void duplicateCaseNamePointsBackToTheFirstUse() {
    assertThat(problems("duplicate-case-name.toml"))
        .containsExactly(
            at(
                "duplicate-case-name.toml",
                7,
                "[case[1].name] duplicate case name [same], first used at line 2"
                    + " (fix: give each case a distinct name)"));
  }

  @Test
  void badHexNamesTheDigit() {
    assertThat(problems("bad-hex.toml"))
        .containsExactly(
            at(
                "bad-hex.toml",
                3,
                "[case[0].input[0].value_hex] [cafg] is not hexadecimal bytes: [g] is not a hex"
                    + " digit (fix: write pairs of hex digits, e.g. { value_hex = \"cafe01\" })"));
  }

  @Test
  void badBase64InAnExpectedRecord() {
    assertThat(problems("bad-base64.toml"))
        .containsExactly(
            at(
                "bad-base64.toml",
                4,
                "[case[0].expect.output[0].value_base64] [a$b] is not base64: Illegal base64"
                    + " character 24 (fix: write base64, e.g. { value_base64 = \"aGVsbG8=\" })"));
  }

  @Test
  void badRegexGivesTheReasonAndPosition() {
    assertThat(problems("bad-regex.toml"))
        .containsExactly(
            at(
                "bad-regex.toml",
                4,
                "[case[0].expect.matches] [(A] is not a valid regular expression: Unclosed group"
                    + " near index 2 (fix: fix the pattern; in a TOML '...' literal string a"
                    + " backslash needs no escaping, e.g. expect.matches = '^\\d+$')"));
  }

  @Test
  void inputAndBatchesTogetherAreRejected() {
    assertThat(problems("input-and-batches.toml"))
        .containsExactly(
            at(
                "input-and-batches.toml",
                4,
                "[case[0].batches] [input] and [batches] are both given (fix: give one batch as"
                    + " input = [ ... ] or several as batches = [ [ ... ], [ ... ] ], not both)"));
  }

  @Test
  void singleBracketCaseAsksForDoubleBrackets() {
    assertThat(problems("single-bracket-case.toml"))
        .containsExactly(
            at(
                "single-bracket-case.toml",
                1,
                "[case] must be an array of tables but is a table"
                    + " [{\"name\":\"one-bracket\",\"input\":[\"a\"],\"expect\":{\"count\":1}}]"
                    + " (fix: write [[case]] with double brackets before each case)"));
  }

  @Test
  void missingNameIsReportedAtTheCase() {
    assertThat(problems("missing-name.toml"))
        .containsExactly(
            at(
                "missing-name.toml",
                1,
                "[case[0].name] [[case]] has no [name] (fix: add name = \"keeps-info-lines\")"));
  }

  @Test
  void missingInputShowsBothForms() {
    assertThat(problems("missing-input.toml"))
        .containsExactly(
            at(
                "missing-input.toml",
                1,
                "[case[0].input] [[case]] has no [input] or [batches] (fix: add input = [ {"
                    + " value = \"hello\" } ] or batches = [ [ { value = \"a\" } ], [ { value ="
                    + " \"b\" } ] ])"));
  }

  @Test
  void recordWithoutValueIsRejected() {
    assertThat(problems("record-without-value.toml"))
        .containsExactly(
            at(
                "record-without-value.toml",
                3,
                "[case[0].input[0]] record has no value (fix: give exactly one of value,"
                    + " value_json, value_hex, value_base64, e.g. { value = \"hello\" })"));
  }

  @Test
  void messageContainsNeedsAFailure() {
    assertThat(problems("message-without-failure.toml"))
        .containsExactly(
            at(
                "message-without-failure.toml",
                5,
                "[case[0].expect.message_contains] needs [failure] beside it"
                    + " (fix: add the failure kind, e.g. expect.failure = \"TIMEOUT\")"));
  }

  @Test
  void failureCannotBeExpectedWithOutputs() {
    assertThat(problems("failure-with-outputs.toml"))
        .containsExactly(
            at(
                "failure-with-outputs.toml",
                5,
                "[case[0].expect.failure] cannot be expected with [count]: a failed batch has no"
                    + " outputs (fix: expect the failure alone, or per batch with expect.batches)"));
  }

  @Test
  void perBatchExpectationsMustMatchTheBatches() {
    assertThat(problems("batch-expectations-count.toml"))
        .containsExactly(
            at(
                "batch-expectations-count.toml",
                4,
                "[case[0].expect.batches] has 2 entries but the case has [3] input batches"
                    + " (fix: give one expectation table per input batch)"));
  }

  @Test
  void droppedFalseExpectsNothing() {
    assertThat(problems("dropped-false.toml"))
        .containsExactly(
            at(
                "dropped-false.toml",
                4,
                "[case[0].expect.dropped] [false] expects nothing"
                    + " (fix: remove it, or expect the outputs with output or count)"));
  }

  @Test
  void memoryLimitOutOfRangeGivesTheRange() {
    assertThat(problems("memory-out-of-range.toml"))
        .containsExactly(
            at(
                "memory-out-of-range.toml",
                3,
                "[case[0].memory_limit_mb] must be between 1 and 4096 but was [8192]"
                    + " (fix: write e.g. memory_limit_mb = 16)"));
  }

  @Test
  void badBenchmarkReportsEachKey() {
    assertThat(problems("bad-benchmark.toml"))
        .containsExactly(
            at(
                "bad-benchmark.toml",
                3,
                "[benchmark[0].data_size] must be at least 1 but was [0]"
                    + " (fix: write e.g. data_size = 1000)"),
            at(
                "bad-benchmark.toml",
                4,
                "[benchmark[0].expected_throughput] must be positive but was [-5]"
                    + " (fix: write e.g. expected_throughput = 100000)"));
  }

  @Test
  void missingPluginManifestShowsWhereItWasLookedFor() {
    Path looked = bad("nowhere/plugin.toml").toAbsolutePath().normalize();

    assertThat(problems("missing-plugin.toml"))
        .containsExactly(
            at(
                "missing-plugin.toml",
                1,
                "[plugin] plugin manifest [nowhere/plugin.toml] does not exist (looked for ["
                    + looked
                    + "]) (fix: give the path of plugin.toml relative to the spec file's"
                    + " directory)"));
  }

  @Test
  void emptyFileHasNothingToRun() {
    assertThat(problems("empty.toml"))
        .containsExactly(
            bad("empty.toml")
                + ": [case] spec file has no [[case]] or [[benchmark]]"
                + " (fix: add a case, e.g. [[case]] with name, input and expect.output)");
  }

  @Test
  void everyProblemOfAFileIsReportedInLineOrder() {
    assertThat(problems("many-problems.toml"))
        .containsExactly(
            at(
                "many-problems.toml",
                4,
                "[case[0].input[0].value_hex] [xyz] is not hexadecimal bytes: it has an odd number"
                    + " of digits (3) (fix: write pairs of hex digits, e.g. { value_hex ="
                    + " \"cafe01\" })"),
            at(
                "many-problems.toml",
                5,
                "[case[0].expect.failure] unknown failure kind [CRASH] (fix: use one of "
                    + FAILURE_KINDS
                    + ")"),
            at(
                "many-problems.toml",
                9,
                "[case[1].timeout_ms] must be at least 1 but was [0]"
                    + " (fix: write e.g. timeout_ms = 1000)"),
            at(
                "many-problems.toml",
                11,
                "[case[1].expect.count] must be an integer but is a string [\"two\"]"
                    + " (fix: write e.g. expect.count = 2)"));
  }

  @Test
  void specWithoutAnyPluginTomlAboveAsksForThePluginKey(@TempDir Path directory) throws Exception {
    Path spec = Files.writeString(directory.resolve("alone.toml"), BAD_CASE);

    assertThat(SpecFileReader.read(spec).problems())
        .extracting(SpecProblem::toString)
        .containsExactly(
            spec
                + ": [plugin] no plugin.toml found in ["
                + directory.toAbsolutePath().normalize()
                + "] or any directory above it"
                + " (fix: name the plugin at the top of the spec file, e.g. plugin ="
                + " \"../../../plugin.toml\")");
  }

  @Test
  void everyFileOfTheCorpusIsRejected() {
    assertThat(SpecFiles.discover(bad("")))
        .hasSize(27)
        .extracting(SpecFileReader::read)
        .allSatisfy(spec -> assertThat(spec.problems()).isNotEmpty());
  }

  private static final String BAD_CASE =
      """
      [[case]]
      name = "a"
      input = [ "a" ]
      expect.count = 1
      """;
}
