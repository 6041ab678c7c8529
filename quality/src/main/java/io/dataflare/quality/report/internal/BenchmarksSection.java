package io.dataflare.quality.report.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.quality.evidence.BenchmarkEvidence;
import io.dataflare.quality.evidence.BenchmarkFigures;
import io.dataflare.quality.evidence.GateReport;
import io.dataflare.quality.evidence.GateReport.MetricVerdict;
import io.dataflare.quality.evidence.TargetResult;
import io.dataflare.quality.internal.Numbers;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The benchmarks section: per benchmark its figures, the throughput and latency charts, and the
 * gate's verdict with its reason; then instructions per record for WASM plugins.
 */
@API(status = INTERNAL, since = "0.1")
public final class BenchmarksSection {
  private BenchmarksSection() {}

  public static String render(BenchmarkEvidence run) {
    Html html =
        new Html().raw("<section id=\"benchmarks\"><h2>Benchmarks and regression gate</h2>");
    if (run.benchmarks().isEmpty()) {
      return html.element(
              "p",
              "na",
              "No benchmark results in target/dataflare/benchmarks.json: declare a [[benchmark]]"
                  + " and run `mvn verify`.")
          .raw("</section>")
          .toString();
    }
    html.raw("<p class=\"sub\">Regression gate: ");
    Optional<GateReport> gate = run.gateReport();
    if (gate.isEmpty()) {
      html.raw(Badges.of("NOT RUN")).text(" (dataflare:check did not run)");
    } else {
      html.raw(Badges.of(gate.get().passed() ? "PASSED" : "FAILED"));
      if (!gate.get().missingBenchmarks().isEmpty()) {
        html.text(" Baselines whose benchmark did not run: " + gate.get().missingBenchmarks());
      }
    }
    html.raw("</p>");
    for (BenchmarkFigures figures : run.benchmarks()) {
      benchmark(html, figures, gate.flatMap(g -> g.verdict(figures.benchmarkId())), run);
    }
    if (run.benchmarks().stream().anyMatch(b -> b.instructionsPerRecord() != null)) {
      html.raw("<h3>Instructions per record</h3><figure class=\"narrow\">")
          .raw(Charts.instructions(run.benchmarks()))
          .element(
              "figcaption",
              "",
              "WASM instructions executed per record, counted exactly in interpreter mode: the"
                  + " noise-free measure the gate compares with the baseline.")
          .raw("</figure>");
    }
    return html.raw("</section>").toString();
  }

  private static void benchmark(
      Html html,
      BenchmarkFigures figures,
      Optional<GateReport.Verdict> verdict,
      BenchmarkEvidence run) {
    html.raw("<article class=\"benchmark\" id=\"")
        .text("bench-" + figures.benchmarkId().replaceAll("[^A-Za-z0-9_-]", "-"))
        .raw("\"><h3>")
        .text(figures.benchmarkId())
        .raw("</h3><p>");
    if (verdict.isPresent()) {
      html.raw(Badges.of(verdict.get().verdict())).raw(" ").text(verdict.get().reason());
    } else {
      html.raw(Badges.of("NOT GATED")).text(" The regression gate has no verdict for it.");
    }
    html.raw("</p>");
    for (TargetResult target : run.targets()) {
      if (target.benchmarkId().equals(figures.benchmarkId())) {
        html.raw("<p>")
            .raw(Badges.of(target.met() ? "MET" : "MISSED"))
            .raw(" ")
            .text(target.message())
            .raw("</p>");
      }
    }
    MetricVerdict wallClock = verdict.flatMap(v -> v.metric("WALL_CLOCK")).orElse(null);
    html.raw("<div class=\"charts\"><figure>")
        .raw(Charts.throughput(figures, wallClock))
        .element("figcaption", "", throughputCaption(figures, wallClock))
        .raw("</figure>");
    if (!figures.latency().isEmpty()) {
      html.raw("<figure>")
          .raw(Charts.latency(figures))
          .element(
              "figcaption",
              "",
              "Latency of one call (a batch of "
                  + figures.dataSize()
                  + " records), percentiles over all forks, logarithmic axis.")
          .raw("</figure>");
    }
    html.raw("</div>");
    verdict.ifPresent(v -> metrics(html, v));
    html.raw("</article>");
  }

  private static String throughputCaption(BenchmarkFigures figures, @Nullable MetricVerdict wall) {
    String forks =
        "Records per second of each fork (dots) and their median (bar), "
            + figures.dataSize()
            + " records per call.";
    if (wall != null && wall.lowPercent() != null && wall.highPercent() != null) {
      return forks
          + " Shaded: the 95% interval of this run against the baseline's median (time change "
          + signed(wall.lowPercent())
          + " to "
          + signed(wall.highPercent())
          + ").";
    }
    return figures.baselineThroughput().isEmpty()
        ? forks + " No baseline yet, so no interval against one."
        : forks;
  }

  private static void metrics(Html html, GateReport.Verdict verdict) {
    html.raw(
        "<div class=\"scroll\"><table><thead><tr><th>Metric</th><th>Verdict</th><th>Baseline</th>"
            + "<th>This run</th><th>Change</th><th>95% interval</th><th>Reason</th></tr></thead>"
            + "<tbody>");
    for (MetricVerdict m : verdict.metrics()) {
      html.raw("<tr><td>")
          .text(m.metric().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
          .raw("</td><td>")
          .raw(Badges.of(m.verdict()))
          .raw("</td><td class=\"num\">")
          .text(value(m.baselineValue(), m.unit()))
          .raw("</td><td class=\"num\">")
          .text(value(m.currentValue(), m.unit()))
          .raw("</td><td class=\"num\">")
          .text(m.changePercent() == null ? "–" : signed(m.changePercent()))
          .raw("</td><td class=\"num\">")
          .text(
              m.lowPercent() == null || m.highPercent() == null
                  ? "–"
                  : "[" + signed(m.lowPercent()) + ", " + signed(m.highPercent()) + "]")
          .raw("</td><td>")
          .text(m.reason())
          .raw("</td></tr>");
    }
    html.raw("</tbody></table></div>");
  }

  private static String value(@Nullable Double value, String unit) {
    return value == null ? "–" : Numbers.si(value) + " " + unit;
  }

  private static String signed(double percent) {
    return (percent > 0 ? "+" : "") + Numbers.percent(percent);
  }
}
