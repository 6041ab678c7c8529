package io.dataflare.quality.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.quality.fixtures.FixtureProjects;
import io.dataflare.runtime.wasm.FunctionCoverage.Function;
import io.dataflare.testkit.PluginBenchmark;
import io.dataflare.testkit.PluginTestCase;
import io.dataflare.testkit.Records;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Executed functions of the WASM fixture, measured by running its spec cases in the interpreter.
 */
class WasmFunctionCoverageTests {
  private static final Path PROJECT = FixtureProjects.resource("projects/bang-filter");
  private static final Path MANIFEST = PROJECT.resolve("plugin.toml");

  private static List<PluginTestCase> cases(String... names) {
    List<PluginTestCase> all =
        SpecInventory.read(PROJECT.resolve("src/test/dataflare"), Path.of("none"), null, PROJECT)
            .casesOf(MANIFEST);
    return all.stream().filter(c -> List.of(names).contains(c.name())).toList();
  }

  @Test
  void everyFunctionRunsUnderTheFullSpecs() {
    ExecutedFunctions functions =
        WasmFunctionCoverage.measure(
            MANIFEST,
            cases("keeps-records-with-a-value", "drops-empty-records", "fails-on-a-bang"));

    assertThat(functions.casesRun()).isEqualTo(3);
    assertThat(functions.functions()).hasSize(6);
    assertThat(functions.executed()).isEqualTo(6);
    assertThat(functions.problem()).isNull();
  }

  @Test
  void functionsNoCaseReachesAreNotExecuted() {
    ExecutedFunctions functions =
        WasmFunctionCoverage.measure(MANIFEST, cases("keeps-records-with-a-value"));

    // $note_empty (3) and $fail (4): no empty value, no value starting with "!"
    assertThat(functions.notExecuted()).extracting(Function::index).containsExactly(3, 4);
  }

  @Test
  void aBenchmarksInputRunsToo() {
    PluginBenchmark empties =
        PluginBenchmark.builder("empties").withInput(Records.text(""), Records.text("v")).build();

    ExecutedFunctions functions =
        WasmFunctionCoverage.measure(
            MANIFEST, cases("keeps-records-with-a-value"), List.of(empties));

    assertThat(functions.notExecuted()).extracting(Function::index).containsExactly(4);
  }

  @Test
  void withoutCasesNothingRunsAndTheProblemSaysWhy() {
    ExecutedFunctions functions = WasmFunctionCoverage.measure(MANIFEST, List.of());

    assertThat(functions.functions()).isEmpty();
    assertThat(functions.problem()).isEqualTo("no spec case tests this plugin");
  }
}
