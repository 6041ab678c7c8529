package io.dataflare.conformance.malformed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.dataflare.conformance.fixtures.Corpus;
import io.dataflare.runtime.ManifestException;
import io.dataflare.runtime.ManifestParser;
import io.dataflare.runtime.ManifestProblem;
import io.dataflare.runtime.PluginRuntime;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed {@code plugin.toml} of {@code malformed/manifests}, with the exact problems it
 * must be reported with: file, line (0 only where the problem has none: a missing section), key,
 * what is wrong and the fix. JMH's compile tests are the model: a table of file and message.
 */
class MalformedManifestTests {
  static final Path DIRECTORY = Corpus.MALFORMED.resolve("manifests");

  static Stream<ProblemRow> corpus() {
    return Stream.of(
        row(
            "class-not-a-class-name.toml",
            at(
                6,
                "[plugin.class] class [com.example.error-filter] is not a Java class"
                    + " name (fix: give the fully qualified name, e.g. class ="
                    + " \"com.example.MyFilter\")")),
        row(
            "duplicate-key.toml",
            at(
                7,
                "[(syntax)] TOML syntax error: Duplicate key at line 7 (fix: define each"
                    + " key and each [table] once)")),
        row(
            "duplicate-table.toml",
            at(
                11,
                "[(syntax)] TOML syntax error: Table redefined at line 11 (fix: define"
                    + " each key and each [table] once)")),
        row(
            "empty.toml",
            at(
                0,
                "[plugin] missing section [plugin] (fix: add [plugin] with name, version"
                    + " and type (and module or class))")),
        row(
            "invalid-name.toml",
            at(
                3,
                "[plugin.name] plugin name [error filter!] is not a valid name (fix: use"
                    + " letters, digits, '.', '_' and '-', starting with a letter or digit)")),
        row(
            "invalid-version.toml",
            at(
                4,
                "[plugin.version] version [1.0] is not a semantic version (fix: write it"
                    + " as MAJOR.MINOR.PATCH, e.g. version = \"1.0.0\")")),
        row(
            "json-not-toml.toml",
            at(
                1,
                "[(syntax)] TOML syntax error: Unknown token at line 1 column 1 (fix:"
                    + " fix the TOML syntax there (see https://toml.io/en/v1.0.0))")),
        row(
            "key-in-wrong-section.toml",
            at(
                9,
                "[test.max_execution_time_ms] unknown key [max_execution_time_ms] in"
                    + " [test]; it belongs in [runtime] (fix: move it to the [runtime] section)")),
        row(
            "key-outside-section.toml",
            at(
                2,
                "[name] key [name] is outside any section; it belongs in [plugin] (fix:"
                    + " move it below the [plugin] header)")),
        row(
            "missing-module-file.toml",
            at(
                6,
                "[plugin.module] module file [target/error_filter.wasm] does not exist"
                    + " (looked for"
                    + " ${module}/src/test/resources/malformed/manifests/target/error_filter.wa"
                    + "sm) (fix: build the module first, or correct the path (it resolves"
                    + " against the manifest's directory))")),
        row(
            "missing-plugin-section.toml",
            at(
                0,
                "[plugin] missing section [plugin] (fix: add [plugin] with name, version"
                    + " and type (and module or class))")),
        row(
            "missing-version.toml",
            at(
                2,
                "[plugin.version] missing required key [version] in [plugin] (fix: add"
                    + " version = \"1.0.0\" under [plugin])")),
        row(
            "module-and-class.toml",
            at(
                7,
                "[plugin.class] [plugin] has both module"
                    + " [../../hostile/good/keep-all/keep_all.wasm] and class"
                    + " [io.dataflare.conformance.fixtures.UpperCaseMap] (fix: keep module for"
                    + " a WASM plugin or class for a Java plugin, not both)")),
        row(
            "out-of-range-batch-size.toml",
            at(
                9,
                "[runtime.batch_size] batch_size must be between 1 and 1000000 but was"
                    + " [-5] (fix: set batch_size to a whole number of records from 1 to"
                    + " 1000000, e.g. batch_size = 1000)")),
        row(
            "out-of-range-coverage.toml",
            at(
                9,
                "[test.coverage_threshold] coverage_threshold must be between 0 and 100"
                    + " but was [150] (fix: set coverage_threshold to a number from 0 to 100)")),
        row(
            "out-of-range-memory.toml",
            at(
                9,
                "[runtime.max_memory_mb] max_memory_mb must be between 1 and 4096 but"
                    + " was [0] (fix: set max_memory_mb to a whole number of MiB from 1 to"
                    + " 4096, e.g. max_memory_mb = 64)")),
        row(
            "out-of-range-time.toml",
            at(
                9,
                "[runtime.max_execution_time_ms] max_execution_time_ms must be between 1"
                    + " and 3600000 but was [7200000] (fix: set max_execution_time_ms to a"
                    + " whole number of milliseconds from 1 to 3600000, e.g."
                    + " max_execution_time_ms = 5000)")),
        row(
            "syntax-missing-value.toml",
            at(
                4,
                "[(syntax)] TOML syntax error: Newline not permitted here at line 4"
                    + " column 10 (fix: fix the TOML syntax there (see"
                    + " https://toml.io/en/v1.0.0))")),
        row(
            "syntax-unclosed-array.toml",
            at(
                10,
                "[(syntax)] TOML syntax error: More data after value has already ended."
                    + " Invalid value preceding this position? at line 10 column 1 (fix: fix"
                    + " the TOML syntax there (see https://toml.io/en/v1.0.0))")),
        row(
            "syntax-unterminated-string.toml",
            at(
                3,
                "[(syntax)] TOML syntax error: Newline not permitted here at line 3"
                    + " column 21 (fix: fix the TOML syntax there (see"
                    + " https://toml.io/en/v1.0.0))")),
        row(
            "unknown-host-function.toml",
            at(
                9,
                "[permissions.host_functions] unknown host function [dataflare.exec];"
                    + " did you mean [dataflare.log]? (fix: list only host functions the"
                    + " runtime provides: dataflare.log)")),
        row(
            "unknown-key.toml",
            at(
                9,
                "[runtime.max_memory] unknown key [max_memory] in [runtime]; did you"
                    + " mean [max_memory_mb]? (fix: rename it to [max_memory_mb])")),
        row(
            "unknown-plugin-type.toml",
            at(
                5,
                "[plugin.type] unknown plugin type [filtre]; did you mean [filter]?"
                    + " (fix: use one of filter, map, filter_map, flat_map, aggregate)")),
        row(
            "unknown-section.toml",
            at(
                8,
                "[runtim] unknown section [runtim]; did you mean [runtime]? (fix: rename"
                    + " it to [runtime])")),
        row(
            "unsupported-api-version.toml",
            at(
                9,
                "[dataflare.api_version] api_version [2] is not supported: this runtime"
                    + " speaks version 1 (fix: set api_version = 1 and build the plugin"
                    + " against ABI version 1)")),
        row(
            "wrong-type-host-functions.toml",
            at(
                9,
                "[permissions.host_functions] host_functions must be an array of strings"
                    + " but is a string [\"dataflare.log\"] (fix: host_functions ="
                    + " [\"dataflare.log\"])")),
        row(
            "wrong-type-memory.toml",
            at(
                9,
                "[runtime.max_memory_mb] max_memory_mb must be an integer but is a"
                    + " string [\"16\"] (fix: set max_memory_mb to a whole number of MiB from 1"
                    + " to 4096, e.g. max_memory_mb = 64)")),
        row(
            "wrong-type-plugin-table.toml",
            at(
                2,
                "[plugin] [plugin] must be a table but is an array (fix: write it as a"
                    + " section header [plugin] followed by its keys)"),
            at(
                3,
                "[plugin.name] missing required key [name] in [plugin] (fix: add name ="
                    + " \"my-filter\" under [plugin])"),
            at(
                4,
                "[plugin.version] missing required key [version] in [plugin] (fix: add"
                    + " version = \"1.0.0\" under [plugin])"),
            at(
                5,
                "[plugin.type] missing required key [type] in [plugin] (fix: add type ="
                    + " \"filter\" under [plugin])")),
        row(
            "wrong-type-wasi.toml",
            at(
                9,
                "[permissions.wasi] wasi must be a boolean but is a string [\"yes\"] (fix:"
                    + " wasi = true or wasi = false (no quotes))")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void isReportedWithFileLineKeyAndFix(ProblemRow row) {
    Path file = row.path();

    ManifestException error =
        catchThrowableOfType(ManifestException.class, () -> ManifestParser.parse(file));

    assertThat(error).as("%s must be rejected", file).isNotNull();
    assertThat(error.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(file));
    assertThat(error.problems())
        .extracting(ManifestProblem::toString)
        .containsExactlyElementsOf(row.expected());
    assertThat(error)
        .hasMessageStartingWith(
            row.problems().size()
                + (row.problems().size() == 1 ? " problem" : " problems")
                + " in plugin manifest:");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void runtimeRefusesToLoadItWithTheSameProblems(ProblemRow row) {
    Path file = row.path();
    try (PluginRuntime runtime = PluginRuntime.builder().build()) {
      ManifestException error =
          catchThrowableOfType(ManifestException.class, () -> runtime.load(file));

      assertThat(error).isNotNull();
      assertThat(error.problems()).hasSize(row.problems().size());
    }
  }

  @Test
  void corpusHoldsEveryFileOfTheDirectory() {
    assertThat(MalformedFiles.names(DIRECTORY))
        .containsExactlyInAnyOrderElementsOf(corpus().map(ProblemRow::file).toList());
  }

  private static ProblemRow row(String file, ProblemRow.Problem... problems) {
    return ProblemRow.row(DIRECTORY, file, problems);
  }

  private static ProblemRow.Problem at(int line, String text) {
    return ProblemRow.at(line, text);
  }
}
