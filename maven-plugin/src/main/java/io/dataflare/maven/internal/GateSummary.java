package io.dataflare.maven.internal;

import io.dataflare.baselines.gate.BenchmarkVerdict;
import io.dataflare.baselines.gate.Confirmation;
import io.dataflare.baselines.gate.GateResult;
import io.dataflare.baselines.gate.MetricVerdict;
import io.dataflare.baselines.gate.Verdict;
import io.dataflare.baselines.internal.Format;
import io.dataflare.baselines.store.BaselineStore;
import java.util.ArrayList;
import java.util.List;

/**
 * The gate's result as the check goal prints it: a short table, one row per benchmark, and the
 * message of the build failure.
 */
public final class GateSummary {
  /** The property that turns failing regressions into warnings. */
  public static final String FAIL_ON_REGRESSION = "dataflare.failOnRegression";

  private GateSummary() {}

  /** One row per benchmark: its verdict and the metric that decided it. */
  public static List<String> table(GateResult result) {
    TextTable table =
        new TextTable("Benchmark", "Verdict", "Deciding metric", "Reference", "Current", "Change");
    for (BenchmarkVerdict v : result.verdicts()) {
      MetricVerdict m = v.deciding();
      table.row(
          v.benchmarkId(),
          verdict(v),
          m.metric().label(),
          value(m.baselineValue(), m.unit()),
          value(m.currentValue(), m.unit()),
          Format.percent(m.changePercent()));
    }
    return table.lines();
  }

  /** The verdict as the table shows it, e.g. {@code REGRESSED (warning)}. */
  static String verdict(BenchmarkVerdict v) {
    String name = v.verdict().name();
    if (v.isWarning()) {
      return name + " (warning)";
    }
    if (v.confirmation() == Confirmation.CONFIRMED) {
      return name + " (confirmed)";
    }
    if (v.confirmation() == Confirmation.PENDING) {
      return name + " (unconfirmed)";
    }
    return name;
  }

  /** One line per verdict that fails, errs or warns, and one per benchmark that did not run. */
  public static List<String> notes(GateResult result) {
    List<String> notes = new ArrayList<>();
    for (BenchmarkVerdict v : result.verdicts()) {
      switch (v.verdict()) {
        case NEW ->
            notes.add(
                v.benchmarkId()
                    + " is new: it has no baseline yet, so it passes (record one with `"
                    + BaselineStore.UPDATE_COMMAND
                    + "`)");
        case REGRESSED ->
            notes.add(
                (v.isWarning() ? "warning: " : "")
                    + describeRegression(v)
                    + (v.isWarning()
                        ? " (not a failure: " + v.fingerprint().describe() + ")"
                        : ""));
        case IMPROVED ->
            notes.add(
                v.benchmarkId()
                    + " improved: "
                    + v.deciding().rule().sentence()
                    + " (keep the gain: `"
                    + BaselineStore.UPDATE_COMMAND
                    + "`)");
        case ERROR -> notes.add("error: " + v.benchmarkId() + ": " + errorSentences(v));
        default -> {}
      }
    }
    result
        .missingBenchmarks()
        .forEach(
            id ->
                notes.add(
                    id + " has a baseline but did not run (removed or renamed? delete its file)"));
    return notes;
  }

  /**
   * The build failure's message: what regressed, by how much, and how to accept the change or only
   * warn.
   */
  public static String failureMessage(GateResult result) {
    List<BenchmarkVerdict> failures = result.failures();
    StringBuilder text = new StringBuilder();
    text.append("Performance regression in ")
        .append(failures.size())
        .append(" of ")
        .append(result.verdicts().size())
        .append(result.verdicts().size() == 1 ? " benchmark" : " benchmarks")
        .append(":\n");
    failures.forEach(v -> text.append("  ").append(describeRegression(v)).append('\n'));
    text.append(
            result.mode() == GateResult.Mode.A_B
                ? "If the change is intended, make this build the new reference (A)"
                : "If the change is intended, accept it with `"
                    + BaselineStore.UPDATE_COMMAND
                    + "` (it records the results of this run as the new baselines)")
        .append("; to only warn, build with `-D")
        .append(FAIL_ON_REGRESSION)
        .append("=false`.");
    return text.toString();
  }

  /** The build error's message when the measurements themselves cannot be right. */
  public static String errorMessage(GateResult result) {
    StringBuilder text = new StringBuilder("The regression gate found broken measurements:\n");
    result
        .errors()
        .forEach(
            v ->
                text.append("  ")
                    .append(v.benchmarkId())
                    .append(": ")
                    .append(errorSentences(v))
                    .append('\n'));
    return text.append("This is a framework error, not a regression: please report it.").toString();
  }

  private static String describeRegression(BenchmarkVerdict v) {
    List<String> metrics = new ArrayList<>();
    for (MetricVerdict m : v.metrics()) {
      if (m.verdict() == Verdict.REGRESSED) {
        metrics.add(
            m.metric().label()
                + " "
                + Format.percent(m.changePercent())
                + " ("
                + value(m.baselineValue(), m.unit())
                + " -> "
                + value(m.currentValue(), m.unit())
                + "; "
                + m.rule().sentence()
                + ")");
      }
    }
    return "Benchmark [" + v.benchmarkId() + "] regressed: " + String.join(", ", metrics);
  }

  private static String errorSentences(BenchmarkVerdict v) {
    List<String> sentences = new ArrayList<>();
    for (MetricVerdict m : v.metrics()) {
      if (m.verdict() == Verdict.ERROR) {
        sentences.add(m.metric().label() + ": " + m.rule().sentence());
      }
    }
    return String.join("; ", sentences);
  }

  private static String value(double value, String unit) {
    return Double.isFinite(value) ? Format.value(value) + " " + unit : "-";
  }
}
