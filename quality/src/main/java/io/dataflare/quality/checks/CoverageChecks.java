package io.dataflare.quality.checks;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.quality.Check;
import io.dataflare.quality.CheckRule;
import io.dataflare.quality.QualityRules;
import io.dataflare.quality.evidence.CodeCoverage;
import io.dataflare.quality.evidence.CodeCoverage.SourceGaps;
import io.dataflare.quality.evidence.ExecutedFunctions;
import io.dataflare.quality.internal.Numbers;
import io.dataflare.runtime.wasm.FunctionCoverage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The coverage category: line and branch coverage of Java plugins (JaCoCo), executed functions of
 * WASM plugins.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class CoverageChecks {
  /** How the author gets execution data; hints name it. */
  public static final String AGENT_HINT =
      "run the tests under JaCoCo's agent: add the goal prepare-coverage to the dataflare"
          + " plugin's execution";

  private CoverageChecks() {}

  /** {@code coverage.lines} and {@code coverage.branches} of a Java plugin. */
  public static List<Check> java(Optional<CodeCoverage> coverage, Path expectedExecFile) {
    if (coverage.isEmpty()) {
      return List.of(
          noData(QualityRules.COVERAGE_LINES, expectedExecFile),
          noData(QualityRules.COVERAGE_BRANCHES, expectedExecFile));
    }
    CodeCoverage c = coverage.get();
    return List.of(lines(c), branches(c));
  }

  private static Check noData(CheckRule rule, Path execFile) {
    return Check.scored(
        rule,
        0,
        Evidence.of("execFile", execFile.toString()).and("found", false).map(),
        "No JaCoCo execution data in [" + execFile + "]: " + AGENT_HINT + ".");
  }

  private static Check lines(CodeCoverage c) {
    CheckRule rule = QualityRules.COVERAGE_LINES;
    int points = Grading.share(rule.maximum(), c.coveredLines(), c.totalLines());
    long more = Grading.moreForNextPoint(rule.maximum(), c.coveredLines(), c.totalLines());
    List<String> gaps = new ArrayList<>();
    for (SourceGaps gap : c.gaps()) {
      if (!gap.missedLines().isEmpty()) {
        gaps.add(gap.file() + Grading.lines(gap.missedLines()));
      }
    }
    String hint =
        more == 0
            ? "Full points: " + Numbers.percent(percent(c.coveredLines(), c.totalLines())) + "."
            : "Cover "
                + Numbers.count(more, "more line", "more lines")
                + " for the next point; not executed: "
                + Grading.firstFew(gaps, 2)
                + ".";
    return Check.scored(
        rule,
        points,
        Evidence.of("coveredLines", c.coveredLines())
            .and("totalLines", c.totalLines())
            .and("percent", round(percent(c.coveredLines(), c.totalLines())))
            .and("staleClasses", c.staleClasses())
            .map(),
        hint);
  }

  private static Check branches(CodeCoverage c) {
    CheckRule rule = QualityRules.COVERAGE_BRANCHES;
    Evidence evidence =
        Evidence.of("coveredBranches", c.coveredBranches())
            .and("totalBranches", c.totalBranches())
            .and("percent", round(percent(c.coveredBranches(), c.totalBranches())));
    if (c.totalBranches() == 0) {
      return Check.notApplicable(
          rule, evidence.map(), "The plugin's code has no branches to take.");
    }
    int points = Grading.share(rule.maximum(), c.coveredBranches(), c.totalBranches());
    long more = Grading.moreForNextPoint(rule.maximum(), c.coveredBranches(), c.totalBranches());
    List<String> gaps = new ArrayList<>();
    for (SourceGaps gap : c.gaps()) {
      if (!gap.missedBranchLines().isEmpty()) {
        gaps.add(gap.file() + Grading.lines(gap.missedBranchLines()));
      }
    }
    String hint =
        more == 0
            ? "Full points: "
                + Numbers.percent(percent(c.coveredBranches(), c.totalBranches()))
                + "."
            : "Take "
                + Numbers.count(more, "more branch", "more branches")
                + " for the next point; branches never taken at "
                + Grading.firstFew(gaps, 2)
                + ".";
    return Check.scored(rule, points, evidence.map(), hint);
  }

  /** {@code coverage.functions} of a WASM plugin. */
  public static Check wasm(ExecutedFunctions functions) {
    CheckRule rule = QualityRules.COVERAGE_FUNCTIONS;
    int total = functions.functions().size();
    int executed = functions.executed();
    Evidence evidence =
        Evidence.of("executedFunctions", executed)
            .and("functions", total)
            .and("percent", round(percent(executed, total)))
            .and("casesRun", functions.casesRun())
            .and(
                "notExecuted",
                functions.notExecuted().stream().map(FunctionCoverage.Function::name).toList());
    if (total == 0) {
      return Check.scored(
          rule, 0, evidence.map(), "No function coverage: " + functions.problem() + ".");
    }
    int points = Grading.share(rule.maximum(), executed, total);
    long more = Grading.moreForNextPoint(rule.maximum(), executed, total);
    List<String> names =
        functions.notExecuted().stream().map(FunctionCoverage.Function::name).toList();
    String hint =
        more == 0
            ? "Full points: every function of the module ran."
            : "Reach "
                + Numbers.count(more, "more function", "more functions")
                + " for the next point; never executed: "
                + Grading.firstFew(names, 4)
                + ".";
    return Check.scored(rule, points, evidence.map(), hint);
  }

  /** The share in percent, for {@code coverage_threshold}. */
  public static double percent(long part, long whole) {
    return Numbers.share(part, whole);
  }

  private static double round(double percent) {
    return Math.round(percent * 10) / 10.0;
  }
}
