package io.dataflare.quality.checks;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.quality.Check;
import io.dataflare.quality.QualityRules;
import io.dataflare.quality.evidence.SpecInventory;
import io.dataflare.quality.evidence.SpecSuite;
import io.dataflare.quality.evidence.SurefireResults;
import io.dataflare.quality.evidence.TestCaseResult;
import java.util.List;
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

  /** {@code tests.contracts}: the tests of suites declaring contracts pass; n/a without any. */
  public static Check contracts(SpecInventory specs, SurefireResults tests) {
    List<SpecSuite> declaring = specs.contractSuites();
    if (declaring.isEmpty()) {
      return Check.notApplicable(
          QualityRules.TESTS_CONTRACTS,
          Evidence.of("suitesDeclaringContracts", 0).map(),
          "No spec file declares contracts: add a [properties] table to one to run the built-in"
              + " compatibility contracts.");
    }
    List<TestCaseResult> results =
        declaring.stream().flatMap(suite -> tests.inSuite(suite.name()).stream()).toList();
    List<String> broken =
        results.stream()
            .filter(TestCaseResult::broken)
            .map(t -> t.suite() + "/" + t.name())
            .toList();
    boolean passing = !results.isEmpty() && broken.isEmpty();
    String hint;
    if (results.isEmpty()) {
      hint = "The contract suites have no test results: run `mvn verify`.";
    } else if (!broken.isEmpty()) {
      hint = "Fix the failing contract tests: " + Grading.firstFew(broken, 3) + ".";
    } else {
      hint = "Full points: " + results.size() + " contract tests pass.";
    }
    return Check.scored(
        QualityRules.TESTS_CONTRACTS,
        passing ? QualityRules.TESTS_CONTRACTS.maximum() : 0,
        Evidence.of("suitesDeclaringContracts", declaring.size())
            .and("tests", results.size())
            .and("failing", broken.size())
            .map(),
        hint);
  }
}
