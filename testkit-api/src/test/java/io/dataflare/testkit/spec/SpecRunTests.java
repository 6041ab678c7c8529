package io.dataflare.testkit.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.FailureKind;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginRuntime;
import io.dataflare.testkit.CaseReport;
import io.dataflare.testkit.CaseRunner;
import io.dataflare.testkit.PluginTestCase;
import io.dataflare.testkit.PluginTestSuite;
import io.dataflare.testkit.fixtures.SpecFixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Spec files read and run end to end as the engine runs them: the plugin loaded from its {@code
 * plugin.toml} with each case's limits, on a real pooled runtime (native and WASM plugins).
 */
class SpecRunTests {
  private final PluginRuntime runtime = PluginRuntime.builder().withPoolSize(2).build();

  @AfterEach
  void closeRuntime() {
    runtime.close();
  }

  private List<CaseReport> run(Path specFile) {
    PluginTestSuite suite = SpecFileReader.read(specFile).suite().orElseThrow();
    List<CaseReport> reports = new ArrayList<>();
    for (PluginTestCase testCase : suite.cases()) {
      PluginHandle handle = suite.plugin().load(runtime, suite.plugin().limitsFor(testCase));
      reports.add(CaseRunner.run(handle, testCase));
    }
    return reports;
  }

  @Test
  void everyCaseOfTheNativeSpecsPasses() {
    List<CaseReport> reports = new ArrayList<>();
    reports.addAll(run(SpecFixtures.good("upper-case.toml")));
    reports.addAll(run(SpecFixtures.good("aggregate/running-count.toml")));
    reports.addAll(run(SpecFixtures.good("nested/explicit-plugin.toml")));

    assertThat(reports).hasSize(7).allSatisfy(r -> assertThat(r.mismatches()).isEmpty());
  }

  @Test
  void everyCaseOfTheWasmSpecPassesUnderItsOwnLimits() {
    List<CaseReport> reports = run(SpecFixtures.WASM.resolve("misbehaving.toml"));

    assertThat(reports).hasSize(6).allSatisfy(r -> assertThat(r.mismatches()).isEmpty());
    assertThat(reports)
        .extracting(r -> r.outcome().failure().map(f -> f.kind()).orElse(null))
        .containsExactly(
            null,
            FailureKind.TIMEOUT,
            null,
            FailureKind.MEMORY_LIMIT,
            FailureKind.TRAP,
            FailureKind.TRAP);
  }

  @Test
  void wrongExpectationGivesADiffNamingTheRecord() {
    CaseReport report = run(SpecFixtures.FAILING.resolve("wrong-output.toml")).get(0);

    assertThat(report.passed()).isFalse();
    assertThat(report.mismatches())
        .singleElement()
        .satisfies(
            mismatch -> {
              assertThat(mismatch.message())
                  .isEqualTo(
                      """
                      case [expects-the-wrong-case]: output record [1] value differs
                      Expecting output record [1] value:
                        "WORLD"
                      to be:
                        "World\"""");
              assertThat(mismatch.expected())
                  .isEqualTo("[0] { value = \"HELLO\" }\n[1] { value = \"World\" }");
              assertThat(mismatch.actual())
                  .isEqualTo("[0] { value = \"HELLO\" }\n[1] { value = \"WORLD\" }");
            });
  }
}
