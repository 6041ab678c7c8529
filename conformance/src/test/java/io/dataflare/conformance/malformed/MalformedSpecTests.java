package io.dataflare.conformance.malformed;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.conformance.fixtures.Corpus;
import io.dataflare.testkit.spec.SpecFile;
import io.dataflare.testkit.spec.SpecFileReader;
import io.dataflare.testkit.spec.SpecProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed spec file of {@code malformed/specs}, with the exact problems it must be reported
 * with: file, line (0 only for an empty file), key, what is wrong and the fix. Besides them the
 * directory holds {@code plugin.toml}, the plugin they test, {@code well-formed.toml}, which must
 * still run, and {@code malformed-plugin.toml}, a good spec of a plugin with a broken manifest.
 */
class MalformedSpecTests {
  static final Path DIRECTORY = Corpus.MALFORMED.resolve("specs");

  /** Files of the directory that are not malformed specs. */
  static final List<String> NOT_MALFORMED =
      List.of("plugin.toml", "well-formed.toml", "malformed-plugin.toml");

  static Stream<ProblemRow> corpus() {
    return Stream.of(
        row(
            "bad-hex.toml",
            at(
                4,
                "[case[0].input[0].value_hex] [zz01] is not hexadecimal bytes: [z] is"
                    + " not a hex digit (fix: write pairs of hex digits, e.g. { value_hex ="
                    + " \"cafe01\" })")),
        row(
            "bad-regex.toml",
            at(
                5,
                "[case[0].expect.matches] [([a-z] is not a valid regular expression:"
                    + " Unclosed character class near index 4 (fix: fix the pattern; in a TOML"
                    + " '...' literal string a backslash needs no escaping, e.g."
                    + " expect.matches = '^\\d+$')")),
        row(
            "bad-tag.toml",
            at(
                4,
                "[case[0].tags] contains an invalid tag [smoke test] (fix: use tags"
                    + " without blanks, control characters or any of ,()&|!)")),
        row(
            "duplicate-case-names.toml",
            at(
                8,
                "[case[1].name] duplicate case name [upper-cases], first used at line 3"
                    + " (fix: give each case a distinct name)")),
        row(
            "empty.toml",
            at(
                0,
                "[case] spec file has no [[case]] or [[benchmark]] (fix: add a case,"
                    + " e.g. [[case]] with name, input and expect.output)")),
        row(
            "input-and-batches.toml",
            at(
                5,
                "[case[0].batches] [input] and [batches] are both given (fix: give one"
                    + " batch as input = [ ... ] or several as batches = [ [ ... ], [ ... ] ],"
                    + " not both)")),
        row(
            "message-without-failure.toml",
            at(
                5,
                "[case[0].expect.message_contains] needs [failure] beside it (fix: add"
                    + " the failure kind, e.g. expect.failure = \"TIMEOUT\")")),
        row(
            "missing-expect.toml",
            at(
                2,
                "[case[0].expect] [[case]] has no expectation (fix: add at least one,"
                    + " e.g. expect.output = [ { value = \"...\" } ] or expect.dropped = true)")),
        row(
            "missing-plugin.toml",
            at(
                2,
                "[plugin] plugin manifest [../nowhere/plugin.toml] does not exist"
                    + " (looked for"
                    + " [${module}/src/test/resources/malformed/nowhere/plugin.toml]) (fix:"
                    + " give the path of plugin.toml relative to the spec file's directory)")),
        row(
            "out-of-range-count.toml",
            at(
                5,
                "[case[0].expect.count] must be at least 0 but was [-1] (fix: write e.g."
                    + " expect.count = 2)")),
        row(
            "out-of-range-data-size.toml",
            at(
                5,
                "[benchmark[0].data_size] must be at least 1 but was [0] (fix: write"
                    + " e.g. data_size = 1000)")),
        row(
            "out-of-range-memory.toml",
            at(
                4,
                "[case[0].memory_limit_mb] must be between 1 and 4096 but was [5000]"
                    + " (fix: write e.g. memory_limit_mb = 16)")),
        row(
            "out-of-range-timeout.toml",
            at(
                4,
                "[case[0].timeout_ms] must be at least 1 but was [0] (fix: write e.g."
                    + " timeout_ms = 1000)")),
        row(
            "single-bracket-case.toml",
            at(
                2,
                "[case] must be an array of tables but is a table"
                    + " [{\"name\":\"upper-cases\",\"input\":[\"a\"],\"expect\":{\"count\":1}}] (fix:"
                    + " write [[case]] with double brackets before each case)")),
        row(
            "syntax-bad-escape.toml",
            at(
                4,
                "[] TOML syntax error: Unknown escape sequence in [input = [ \"a\\q\" ]]"
                    + " (fix: correct the TOML at this line (see https://toml.io))")),
        row(
            "syntax-equals-missing.toml",
            at(
                4,
                "[] TOML syntax error: Unknown token in [input [ \"a\" ]] (fix: correct"
                    + " the TOML at this line (see https://toml.io))")),
        row(
            "syntax-unclosed-inline-table.toml",
            at(
                4,
                "[] TOML syntax error: More data after value has already ended. Invalid"
                    + " value preceding this position? in [input = [ { value = \"a\" ]] (fix:"
                    + " correct the TOML at this line (see https://toml.io))")),
        row(
            "two-key-forms.toml",
            at(
                4,
                "[case[0].input[0].key_hex] record has 2 key forms [key, key_hex] (fix:"
                    + " give at most one of key, key_json, key_hex, key_base64)")),
        row(
            "two-value-forms.toml",
            at(
                4,
                "[case[0].input[0].value_json] record has 2 value forms [value,"
                    + " value_json] (fix: give exactly one of value, value_json, value_hex,"
                    + " value_base64)")),
        row(
            "unknown-benchmark-key.toml",
            at(
                5,
                "[benchmark[0].data_sise] unknown key [data_sise] in [[benchmark]] (fix:"
                    + " did you mean [data_size]? Keys of [[benchmark]]: name, data_size,"
                    + " iterations, expected_throughput, max_latency_ms, input)")),
        row(
            "unknown-case-key.toml",
            at(
                4,
                "[case[0].inputs] unknown key [inputs] in [[case]] (fix: did you mean"
                    + " [input]? Keys of [[case]]: name, input, batches, timeout_ms,"
                    + " memory_limit_mb, tags, expect)")),
        row(
            "unknown-expect-key.toml",
            at(
                5,
                "[case[0].expect.cuont] unknown key [cuont] in expect (fix: did you mean"
                    + " [count]? Keys of expect: output, count, dropped, contains, matches,"
                    + " json_contains, metadata, batches, failure, message_contains)")),
        row(
            "unknown-failure-kind.toml",
            at(
                5,
                "[case[0].expect.failure] unknown failure kind [TIME_OUT] (fix: use one"
                    + " of TIMEOUT, MEMORY_LIMIT, TRAP, ABI_VIOLATION, POLICY_VIOLATION,"
                    + " INVALID_MODULE, PLUGIN_ERROR)")),
        row(
            "unknown-record-key.toml",
            at(
                4,
                "[case[0].input[0].vaule] unknown key [vaule] in a record (fix: did you"
                    + " mean [value]? Keys of a record: value, value_json, value_hex,"
                    + " value_base64, key, key_json, key_hex, key_base64, metadata, timestamp,"
                    + " partition, offset)")),
        row(
            "wrong-type-failure-kind.toml",
            at(
                5,
                "[case[0].expect.failure] must be a string but is an integer [3] (fix:"
                    + " write e.g. expect.failure = \"TIMEOUT\")")),
        row(
            "wrong-type-input.toml",
            at(
                4,
                "[case[0].input] must be an array but is a string [\"a\"] (fix: write e.g."
                    + " input = [ { value = \"hello\" } ])")),
        row(
            "wrong-type-metadata.toml",
            at(
                4,
                "[case[0].input[0].metadata.retries] must be a string but is an integer"
                    + " [3] (fix: quote the value, e.g. { value = \"v\", metadata = { source ="
                    + " \"web\" } })")),
        row(
            "wrong-type-timeout.toml",
            at(
                4,
                "[case[0].timeout_ms] must be an integer but is a string [\"500\"] (fix:"
                    + " write e.g. timeout_ms = 1000)")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void isReportedWithFileLineKeyAndFixAndYieldsNoSuite(ProblemRow row) {
    SpecFile spec = SpecFileReader.read(row.path());

    assertThat(spec.suite()).isEmpty();
    assertThat(spec.problems())
        .extracting(SpecProblem::toString)
        .containsExactlyElementsOf(row.expected());
  }

  @Test
  void wellFormedSpecNextToThemReadsCleanly() {
    SpecFile spec = SpecFileReader.read(DIRECTORY.resolve("well-formed.toml"));

    assertThat(spec.problems()).isEmpty();
    assertThat(spec.suite()).isPresent();
  }

  @Test
  void corpusHoldsEveryFileOfTheDirectory() {
    assertThat(MalformedFiles.names(DIRECTORY))
        .containsExactlyInAnyOrderElementsOf(
            Stream.concat(corpus().map(ProblemRow::file), NOT_MALFORMED.stream()).toList());
  }

  private static ProblemRow row(String file, ProblemRow.Problem... problems) {
    return ProblemRow.row(DIRECTORY, file, problems);
  }

  private static ProblemRow.Problem at(int line, String text) {
    return ProblemRow.at(line, text);
  }
}
