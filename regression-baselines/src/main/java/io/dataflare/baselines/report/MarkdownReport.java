package io.dataflare.baselines.report;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.baselines.gate.BenchmarkVerdict;
import io.dataflare.baselines.gate.GateResult;
import io.dataflare.baselines.gate.MetricVerdict;
import io.dataflare.baselines.gate.Verdict;
import io.dataflare.baselines.internal.Format;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The gate's result for a person, e.g. a CI job summary: a status line, one table row per benchmark
 * (verdict, change and interval, p, forks, rule), then failures, errors, warnings and notes in
 * sentences, and every metric in a collapsed table.
 */
@API(status = STABLE, since = "0.1")
public final class MarkdownReport {
  private MarkdownReport() {}

  /** Renders a gate result as GitHub-flavoured Markdown. */
  public static String render(GateResult result) {
    StringBuilder md = new StringBuilder();
    md.append("## DataFlare regression gate\n\n");
    md.append("**").append(result.passed() ? "PASSED" : "FAILED").append("**: ");
    md.append(summary(result)).append(" (").append(mode(result)).append(").\n\n");
    md.append(
        "| Benchmark | Verdict | Metric | Change [95% interval] | p | Forks (ref/now) | Rule |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    for (BenchmarkVerdict v : result.verdicts()) {
      MetricVerdict d = v.deciding();
      md.append("| `")
          .append(cell(v.benchmarkId()))
          .append("` | ")
          .append(Tables.verdict(v))
          .append(" | ")
          .append(d.metric().label())
          .append(" | ")
          .append(Tables.change(d))
          .append(" | ")
          .append(Format.pValue(d.pValue()))
          .append(" | ")
          .append(Tables.forks(d))
          .append(" | `")
          .append(v.rule().id())
          .append("` |\n");
    }
    section(md, "Failures", result.failures(), v -> Explanations.failure(v, result.mode()));
    section(md, "Framework errors", result.errors(), Explanations::error);
    section(
        md,
        "Warnings",
        result.warnings(),
        v -> Explanations.note(v) + " Not a failure: the machines differ.");
    section(
        md,
        "Notes",
        result.verdicts().stream()
            .filter(v -> !v.failsBuild() && !v.isError() && !v.isWarning())
            .filter(Explanations::noteworthy)
            .toList(),
        Explanations::note);
    if (!result.missingBenchmarks().isEmpty()) {
      md.append("\n### Not measured\n\n");
      result
          .missingBenchmarks()
          .forEach(
              id ->
                  md.append("- `")
                      .append(cell(id))
                      .append(
                          "` has a reference but did not run: removed or renamed? Delete its"
                              + " baseline file if so.\n"));
    }
    details(md, result);
    return md.toString();
  }

  private static String summary(GateResult result) {
    Map<Verdict, Integer> counts = result.counts();
    StringBuilder text = new StringBuilder();
    text.append(result.verdicts().size())
        .append(result.verdicts().size() == 1 ? " benchmark" : " benchmarks");
    for (Verdict verdict : Verdict.values()) {
      int n = counts.get(verdict);
      if (n > 0) {
        text.append(", ").append(n).append(' ').append(verdict.name().toLowerCase(Locale.ROOT));
      }
    }
    if (!result.warnings().isEmpty()) {
      text.append(" (").append(result.warnings().size()).append(" as warnings only)");
    }
    return text.toString();
  }

  private static String mode(GateResult result) {
    return result.mode() == GateResult.Mode.A_B
        ? "A/B: previous artifact against this one, interleaved in one job"
        : "against stored baselines";
  }

  private static void section(
      StringBuilder md,
      String title,
      List<BenchmarkVerdict> verdicts,
      Function<BenchmarkVerdict, String> text) {
    if (verdicts.isEmpty()) {
      return;
    }
    md.append("\n### ").append(title).append("\n\n");
    verdicts.forEach(v -> md.append("- ").append(text.apply(v)).append('\n'));
  }

  private static void details(StringBuilder md, GateResult result) {
    md.append("\n<details><summary>Every metric</summary>\n\n");
    md.append(
        "| Benchmark | Metric | Verdict | Reference | Current | Change [95% interval] | p | Forks | Noise floor | Min. effect | Fingerprint | Rule |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (BenchmarkVerdict v : result.verdicts()) {
      for (MetricVerdict m : v.metrics()) {
        md.append("| `")
            .append(cell(v.benchmarkId()))
            .append("` | ")
            .append(m.metric().label())
            .append(" | ")
            .append(m.verdict())
            .append(m.warningOnly() ? " (warning)" : "")
            .append(" | ")
            .append(Format.value(m.baselineValue()))
            .append(" | ")
            .append(Format.value(m.currentValue()))
            .append(' ')
            .append(cell(m.unit()))
            .append(" | ")
            .append(Tables.change(m))
            .append(" | ")
            .append(Format.pValue(m.pValue()))
            .append(" | ")
            .append(Tables.forks(m))
            .append(" | ")
            .append(Tables.share(v.noiseFloor().percent()))
            .append(" | ")
            .append(Tables.share(v.minimumEffectPercent()))
            .append(" | ")
            .append(cell(v.fingerprint().describe()))
            .append(" | `")
            .append(m.rule().id())
            .append("` |\n");
      }
    }
    md.append("\n</details>\n");
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
