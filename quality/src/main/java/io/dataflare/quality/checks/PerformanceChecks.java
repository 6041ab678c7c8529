package io.dataflare.quality.checks;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.quality.Backend;
import io.dataflare.quality.Check;
import io.dataflare.quality.CheckRule;
import io.dataflare.quality.QualityRules;
import io.dataflare.quality.evidence.BenchmarkEvidence;
import io.dataflare.quality.evidence.BenchmarkFigures;
import io.dataflare.quality.evidence.GateReport;
import io.dataflare.quality.evidence.TargetResult;
import io.dataflare.quality.internal.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The performance category: benchmarks present, the regression gate passing against baselines,
 * declared targets met, and the allocation and instruction budgets that baselines set.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PerformanceChecks {
  private static final Set<String> WITHIN_BUDGET = Set.of("PASS", "IMPROVED");
  private static final String RECORD_BASELINES =
      "record baselines with `mvn dataflare:update-baselines` and commit them";

  private PerformanceChecks() {}

  /** Every check of the category for this backend. */
  public static List<Check> all(
      Backend backend, int declaredBenchmarks, boolean benchmarkEnabled, BenchmarkEvidence run) {
    List<Check> checks = new ArrayList<>();
    checks.add(benchmarks(declaredBenchmarks, benchmarkEnabled, run));
    checks.add(gate(run));
    checks.add(targets(run));
    checks.add(budget(QualityRules.PERFORMANCE_ALLOCATION, "ALLOCATION", run));
    if (backend == Backend.WASM) {
      checks.add(budget(QualityRules.PERFORMANCE_INSTRUCTIONS, "INSTRUCTIONS", run));
    }
    return checks;
  }

  static Check benchmarks(int declared, boolean enabled, BenchmarkEvidence run) {
    CheckRule rule = QualityRules.PERFORMANCE_BENCHMARKS;
    int measured = run.benchmarks().size();
    boolean present = declared > 0 && measured > 0;
    String hint;
    if (present) {
      hint = "Full points: " + Numbers.count(measured, "benchmark", "benchmarks") + " measured.";
    } else if (declared == 0) {
      hint = "Declare a [[benchmark]] in a spec file (data_size, input) to measure the plugin.";
    } else if (!enabled) {
      hint = "plugin.toml sets [test] benchmark_enabled = false: enable the benchmarks.";
    } else {
      hint = "The declared benchmarks were not measured: run `mvn verify` (dataflare:benchmark).";
    }
    return Check.scored(
        rule,
        present ? rule.maximum() : 0,
        Evidence.of("declared", declared).and("measured", measured).map(),
        hint);
  }

  static Check gate(BenchmarkEvidence run) {
    CheckRule rule = QualityRules.PERFORMANCE_GATE;
    Optional<GateReport> report = run.gateReport();
    Evidence evidence = Evidence.of("ran", report.isPresent());
    if (report.isEmpty() || run.benchmarks().isEmpty()) {
      return Check.scored(
          rule,
          0,
          evidence.map(),
          run.benchmarks().isEmpty()
              ? "No benchmark results to gate: declare and run benchmarks."
              : "The regression gate did not run: run `mvn verify` (dataflare:check).");
    }
    GateReport gate = report.get();
    List<String> withoutBaseline =
        gate.verdicts().stream()
            .filter(v -> v.verdict().equals("NEW"))
            .map(GateReport.Verdict::benchmarkId)
            .toList();
    List<GateReport.Verdict> failing =
        gate.verdicts().stream()
            .filter(v -> v.verdict().equals("REGRESSED") || v.verdict().equals("ERROR"))
            .toList();
    evidence
        .and("passed", gate.passed())
        .and("benchmarks", gate.verdicts().size())
        .and("withoutBaseline", withoutBaseline)
        .and(
            "verdicts",
            gate.verdicts().stream().map(v -> v.benchmarkId() + ": " + v.verdict()).toList());
    boolean earned = gate.passed() && withoutBaseline.isEmpty() && !gate.verdicts().isEmpty();
    String hint;
    if (!gate.passed()) {
      hint =
          failing.isEmpty()
              ? "Make the regression gate pass (see regression-report.md)."
              : "Fix or accept the regression of "
                  + failing.get(0).benchmarkId()
                  + ": "
                  + failing.get(0).reason();
    } else if (!withoutBaseline.isEmpty()) {
      hint =
          "No baseline for " + Grading.firstFew(withoutBaseline, 2) + ": " + RECORD_BASELINES + ".";
    } else {
      hint = "Full points: every benchmark passed the gate against its baseline.";
    }
    return Check.scored(rule, earned ? rule.maximum() : 0, evidence.map(), hint);
  }

  static Check targets(BenchmarkEvidence run) {
    CheckRule rule = QualityRules.PERFORMANCE_TARGETS;
    List<TargetResult> targets = run.targets();
    List<TargetResult> missed = targets.stream().filter(t -> !t.met()).toList();
    int met = targets.size() - missed.size();
    String hint;
    if (run.benchmarks().isEmpty()) {
      hint = "No benchmark results to check targets against: run the benchmarks (`mvn verify`).";
    } else if (targets.isEmpty()) {
      hint =
          "Declare what the plugin must achieve: expected_throughput or max_latency on a"
              + " [[benchmark]].";
    } else if (!missed.isEmpty()) {
      hint = "Meet the target: " + missed.get(0).message() + ".";
    } else {
      hint =
          "Full points: "
              + Numbers.count(targets.size(), "declared target", "declared targets")
              + " met.";
    }
    return Check.scored(
        rule,
        Grading.share(rule.maximum(), met, targets.size()),
        Evidence.of("declared", targets.size())
            .and("met", met)
            .and("missed", missed.stream().map(TargetResult::message).toList())
            .map(),
        hint);
  }

  static Check budget(CheckRule rule, String metric, BenchmarkEvidence run) {
    List<String> within = new ArrayList<>();
    List<String> outside = new ArrayList<>();
    String firstReason = null;
    for (BenchmarkFigures figures : run.benchmarks()) {
      Optional<GateReport.MetricVerdict> verdict =
          run.gateReport()
              .flatMap(g -> g.verdict(figures.benchmarkId()))
              .flatMap(v -> v.metric(metric));
      if (verdict.isPresent() && WITHIN_BUDGET.contains(verdict.get().verdict())) {
        within.add(figures.benchmarkId());
      } else {
        outside.add(
            figures.benchmarkId() + ": " + verdict.map(v -> v.verdict()).orElse("not gated"));
        if (firstReason == null) {
          firstReason =
              verdict
                  .map(v -> v.reason())
                  .filter(r -> !r.isBlank())
                  .orElse("no verdict for " + figures.benchmarkId());
        }
      }
    }
    int total = within.size() + outside.size();
    String what = metric.equals("ALLOCATION") ? "allocation per record" : "instructions per record";
    String hint;
    if (total == 0) {
      hint = "No benchmark results: declare and run benchmarks to set a " + what + " budget.";
    } else if (outside.isEmpty()) {
      hint = "Full points: every benchmark's " + what + " is within its baseline's budget.";
    } else if (outside.stream().anyMatch(o -> o.endsWith(": NEW"))) {
      hint = "The baseline sets the " + what + " budget: " + RECORD_BASELINES + ".";
    } else {
      hint = "Bring the " + what + " back within budget: " + firstReason;
    }
    return Check.scored(
        rule,
        Grading.share(rule.maximum(), within.size(), total),
        Evidence.of("withinBudget", within.size())
            .and("benchmarks", total)
            .and("outside", outside)
            .map(),
        hint);
  }
}
