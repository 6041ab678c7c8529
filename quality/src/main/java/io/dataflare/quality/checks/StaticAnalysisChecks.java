package io.dataflare.quality.checks;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.quality.Check;
import io.dataflare.quality.CheckRule;
import io.dataflare.quality.QualityRules;
import io.dataflare.quality.evidence.SpotBugsResult;
import io.dataflare.quality.evidence.StaticFinding;
import io.dataflare.quality.evidence.WasmContract;
import io.dataflare.quality.internal.Numbers;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The static-analysis category: SpotBugs for Java plugins, graded by rank; the module contract and
 * least privilege for WASM plugins.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class StaticAnalysisChecks {
  /** Points a finding costs, by SpotBugs rank group. */
  static final int SCARIEST = 20;

  static final int SCARY = 10;
  static final int TROUBLING = 5;
  static final int OF_CONCERN = 2;
  static final int PER_UNUSED_GRANT = 5;

  private StaticAnalysisChecks() {}

  /** The points a SpotBugs finding of this rank costs. */
  public static int cost(int rank) {
    if (rank <= 4) {
      return SCARIEST;
    }
    if (rank <= 9) {
      return SCARY;
    }
    return rank <= 14 ? TROUBLING : OF_CONCERN;
  }

  /** {@code static.spotbugs}. */
  public static Check spotbugs(SpotBugsResult result) {
    CheckRule rule = QualityRules.STATIC_SPOTBUGS;
    List<StaticFinding> findings = result.findings();
    int cost = findings.stream().mapToInt(f -> cost(f.rank())).sum();
    int points = Math.max(0, rule.maximum() - cost);
    Evidence evidence =
        Evidence.of("classesAnalyzed", result.classesAnalyzed())
            .and("scariest", count(findings, 1, 4))
            .and("scary", count(findings, 5, 9))
            .and("troubling", count(findings, 10, 14))
            .and("ofConcern", count(findings, 15, 20))
            .and(
                "findings",
                findings.stream()
                    .limit(5)
                    .map(f -> f.ruleId() + " (rank " + f.rank() + ") at " + f.location())
                    .toList());
    String hint;
    if (findings.isEmpty()) {
      hint =
          result.classesAnalyzed() == 0
              ? "SpotBugs found no classes to analyse: build the plugin first."
              : "Full points: SpotBugs found nothing in "
                  + Numbers.count(result.classesAnalyzed(), "class", "classes")
                  + ".";
    } else {
      StaticFinding first = findings.get(0);
      hint =
          "Fix "
              + first.ruleId()
              + " at "
              + first.location()
              + " (rank "
              + first.rank()
              + ", costs "
              + cost(first.rank())
              + " points): "
              + first.message();
    }
    return Check.scored(rule, points, evidence.map(), hint);
  }

  private static long count(List<StaticFinding> findings, int fromRank, int toRank) {
    return findings.stream().filter(f -> f.rank() >= fromRank && f.rank() <= toRank).count();
  }

  /** {@code static.module-contract} and {@code static.permissions}. */
  public static List<Check> wasm(WasmContract contract) {
    return List.of(moduleContract(contract), permissions(contract));
  }

  private static Check moduleContract(WasmContract contract) {
    CheckRule rule = QualityRules.STATIC_MODULE_CONTRACT;
    List<StaticFinding> problems = contract.contractFindings();
    return Check.scored(
        rule,
        problems.isEmpty() ? rule.maximum() : 0,
        Evidence.of("problems", problems.size())
            .and("messages", problems.stream().map(StaticFinding::message).toList())
            .map(),
        problems.isEmpty()
            ? "Full points: the module meets ABI 1."
            : "Fix the module: " + problems.get(0).message());
  }

  private static Check permissions(WasmContract contract) {
    CheckRule rule = QualityRules.STATIC_PERMISSIONS;
    List<StaticFinding> violations =
        contract.permissionFindings().stream()
            .filter(f -> f.ruleId().startsWith("contract/"))
            .toList();
    int points =
        violations.isEmpty()
            ? Math.max(0, rule.maximum() - PER_UNUSED_GRANT * contract.unusedGrants().size())
            : 0;
    String hint;
    if (!violations.isEmpty()) {
      hint = "Import only what plugin.toml permits: " + violations.get(0).message();
    } else if (!contract.unusedGrants().isEmpty()) {
      hint =
          "Remove "
              + contract.unusedGrants()
              + " from [permissions]: the module never imports it ("
              + PER_UNUSED_GRANT
              + " points each).";
    } else {
      hint = "Full points: the module imports exactly what it is granted.";
    }
    return Check.scored(
        rule,
        points,
        Evidence.of("imports", contract.imports())
            .and("grants", contract.grants())
            .and("unusedGrants", contract.unusedGrants())
            .and("violations", violations.size())
            .map(),
        hint);
  }
}
