package io.dataflare.quality.checks;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.quality.Check;
import io.dataflare.quality.QualityRules;
import io.dataflare.quality.evidence.SpecInventory;
import io.dataflare.quality.evidence.SpecSuite;
import io.dataflare.quality.evidence.SurefireResults;
import io.dataflare.quality.evidence.TestCaseResult;
import io.dataflare.quality.internal.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** The tests category: cases present, error paths tested, contracts passing. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TestChecks {
  static final int POINTS_PER_CASE = 2;

  private TestChecks() {}

  /** All checks of the category. */
  public static List<Check> all(SpecInventory specs, SurefireResults tests) {
    return List.of(cases(specs), errorPaths(specs), contracts(specs, tests));
  }

  /** {@code tests.cases}: 2 points per case, up to 5 cases. */
  public static Check cases(SpecInventory specs) {
    int cases = specs.caseCount();
    int maximum = QualityRules.TESTS_CASES.maximum();
    int points = Math.min(maximum, POINTS_PER_CASE * cases);
    int missing = (maximum - points + POINTS_PER_CASE - 1) / POINTS_PER_CASE;
    String hint =
        points == maximum
            ? "Full points: " + cases + " cases."
            : "Add "
                + missing
                + (missing == 1 ? " more case" : " more cases")
                + " ([[case]] in a spec file, or a @PluginSpec method): "
                + POINTS_PER_CASE
                + " points each.";
    return Check.scored(
        QualityRules.TESTS_CASES,
        points,
        Evidence.of("cases", cases)
            .and("suites", specs.suites().size())
            .and("specProblems", specs.problems().size())
            .map(),
        hint);
  }

  /** {@code tests.error-paths}: a case expects a failure. */
  public static Check errorPaths(SpecInventory specs) {
    List<String> cases = specs.errorPathCases();
    boolean tested = !cases.isEmpty();
    return Check.scored(
        QualityRules.TESTS_ERROR_PATHS,
        tested ? QualityRules.TESTS_ERROR_PATHS.maximum() : 0,
        Evidence.of("casesExpectingFailure", cases.size())
            .and("examples", cases.subList(0, Math.min(3, cases.size())))
            .map(),
        tested
            ? "Full points: " + Grading.firstFew(cases, 2) + " expects a failure."
            : "Add a case for bad input that expects the failure: expect.failure = \"PLUGIN_ERROR\""
                + " (Java: Expectations.failure(FailureKind.PLUGIN_ERROR)).");
  }

  /**
   * {@code tests.contracts}: every declared contract ran as a test of its suite and passed; not
   * applicable when no spec declares one.
   */
  public static Check contracts(SpecInventory specs, SurefireResults tests) {
    List<SpecSuite> declaring = specs.contractSuites();
    if (declaring.isEmpty()) {
      return Check.notApplicable(
          QualityRules.TESTS_CONTRACTS,
          Evidence.of("contracts", 0).map(),
          "No spec declares contracts: add [properties] contracts = [\"deterministic\","
              + " \"batch\", \"robust\"] to a spec file to run the built-in compatibility"
              + " contracts.");
    }
    List<String> passed = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    List<String> notRun = new ArrayList<>();
    for (SpecSuite suite : declaring) {
      for (String contract : suite.contracts()) {
        String name = suite.name() + "/" + contract;
        Optional<TestCaseResult> result =
            tests.inSuite(suite.name()).stream().filter(t -> t.name().equals(contract)).findFirst();
        if (result.isEmpty() || result.get().status() == TestCaseResult.Status.SKIPPED) {
          notRun.add(name);
        } else if (result.get().broken()) {
          failed.add(name);
        } else {
          passed.add(name);
        }
      }
    }
    String hint;
    if (!failed.isEmpty()) {
      hint = "Fix the plugin for the failing contracts: " + Grading.firstFew(failed, 3) + ".";
    } else if (!notRun.isEmpty()) {
      hint = "The contracts " + Grading.firstFew(notRun, 3) + " did not run: run `mvn verify`.";
    } else {
      hint = "Full points: " + Numbers.count(passed.size(), "contract", "contracts") + " pass.";
    }
    return Check.scored(
        QualityRules.TESTS_CONTRACTS,
        failed.isEmpty() && notRun.isEmpty() ? QualityRules.TESTS_CONTRACTS.maximum() : 0,
        Evidence.of("contracts", passed.size() + failed.size() + notRun.size())
            .and("passed", passed.size())
            .and("failed", failed)
            .and("notRun", notRun)
            .map(),
        hint);
  }
}
