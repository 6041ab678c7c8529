package io.dataflare.quality.report.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.quality.evidence.BenchmarkFigures;
import io.dataflare.quality.evidence.GateReport.MetricVerdict;
import io.dataflare.quality.internal.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The report's three charts as inline SVG: throughput per fork with the gate's interval against the
 * baseline, latency percentiles of a call, and WASM instructions per record.
 */
@API(status = INTERNAL, since = "0.1")
public final class Charts {
  static final int WIDTH = 520;
  private static final double PLOT_LEFT = 96;
  private static final double PLOT_RIGHT = WIDTH - 24;

  /** Room right of the longest bar for its value. */
  private static final double VALUE_ROOM = 56;

  private Charts() {}

  /**
   * Throughput of each fork (records/s), this run's and the baseline's, their medians, and the 95%
   * interval the gate computed for the change, placed around the baseline's median.
   */
  public static String throughput(BenchmarkFigures figures, @Nullable MetricVerdict wallClock) {
    List<Double> current = figures.throughput();
    List<Double> baseline = figures.baselineThroughput();
    Optional<double[]> interval = interval(figures, wallClock);
    double max = max(current, baseline, interval.map(i -> i[1]).orElse(0.0));
    boolean withBaseline = !baseline.isEmpty();
    int rows = withBaseline ? 2 : 1;
    int height = 28 + rows * 36 + 22;
    Svg svg =
        new Svg(WIDTH, height, "Throughput of " + figures.benchmarkId() + " in records per second");
    Scale x = Scale.linear(max, PLOT_LEFT, PLOT_RIGHT);
    double axisY = height - 22;
    axis(svg, x, 10, axisY, "records/s");
    double y = 30;
    if (withBaseline) {
      row(svg, x, y, "baseline", baseline, "baseline-fork");
      y += 36;
    }
    if (interval.isPresent()) {
      double[] bounds = interval.get();
      svg.rect(
          x.at(bounds[0]),
          y - 7,
          x.at(bounds[1]) - x.at(bounds[0]),
          14,
          "interval",
          "95% interval of this run against the baseline: "
              + Numbers.si(bounds[0])
              + " to "
              + Numbers.si(bounds[1])
              + " records/s");
    }
    row(svg, x, y, "this run", current, "fork");
    return svg.end();
  }

  private static void row(
      Svg svg, Scale x, double y, String label, List<Double> forks, String css) {
    svg.text(PLOT_LEFT - 8, y + 4, "end", "label", label);
    svg.line(PLOT_LEFT, y, PLOT_RIGHT, y, "guide");
    for (int i = 0; i < forks.size(); i++) {
      svg.circle(
          x.at(forks.get(i)),
          y,
          4.5,
          css,
          label + ", fork " + (i + 1) + ": " + Numbers.si(forks.get(i)) + " records/s");
    }
    if (!forks.isEmpty()) {
      double median = median(forks);
      svg.line(x.at(median), y - 11, x.at(median), y + 11, "median");
      svg.text(x.at(median), y - 14, "middle", "value", Numbers.si(median));
    }
  }

  /** The change interval as throughput bounds, when the gate compared with a baseline. */
  static Optional<double[]> interval(BenchmarkFigures figures, @Nullable MetricVerdict wallClock) {
    if (wallClock == null
        || wallClock.lowPercent() == null
        || wallClock.highPercent() == null
        || figures.baselineThroughput().isEmpty()) {
      return Optional.empty();
    }
    double reference = median(figures.baselineThroughput());
    double low = 1 + wallClock.lowPercent() / 100;
    double high = 1 + wallClock.highPercent() / 100;
    boolean timePerOp = wallClock.unit().endsWith("/op");
    double[] bounds =
        timePerOp
            ? new double[] {reference / high, reference / low}
            : new double[] {reference * low, reference * high};
    return Optional.of(bounds);
  }

  /** Latency percentiles of one call, on a logarithmic axis. */
  public static String latency(BenchmarkFigures figures) {
    Map<String, Double> percentiles = figures.latency();
    int height = 190;
    Svg svg =
        new Svg(
            WIDTH,
            height,
            "Latency percentiles of one call of "
                + figures.benchmarkId()
                + " in "
                + figures.latencyUnit());
    double min = percentiles.values().stream().mapToDouble(v -> v).min().orElse(1);
    double max = percentiles.values().stream().mapToDouble(v -> v).max().orElse(10);
    Scale y = Scale.logarithmic(min, max, height - 30, 26);
    for (double tick : y.ticks()) {
      svg.line(PLOT_LEFT, y.at(tick), PLOT_RIGHT, y.at(tick), "grid");
      svg.text(PLOT_LEFT - 8, y.at(tick) + 4, "end", "tick", Numbers.si(tick));
    }
    svg.text(PLOT_LEFT - 8, 10, "end", "unit", figures.latencyUnit());
    double slot = (PLOT_RIGHT - PLOT_LEFT) / Math.max(1, percentiles.size());
    int i = 0;
    for (Map.Entry<String, Double> p : percentiles.entrySet()) {
      double left = PLOT_LEFT + i * slot + slot * 0.2;
      double top = y.at(p.getValue());
      svg.rect(
          left,
          top,
          slot * 0.6,
          (height - 30) - top,
          "bar",
          p.getKey() + ": " + Numbers.si(p.getValue()) + " " + figures.latencyUnit());
      svg.text(left + slot * 0.3, top - 4, "middle", "value", Numbers.si(p.getValue()));
      svg.text(left + slot * 0.3, height - 12, "middle", "label", p.getKey());
      i++;
    }
    return svg.end();
  }

  /** Instructions per record of each WASM benchmark, with its baseline's when there is one. */
  public static String instructions(List<BenchmarkFigures> benchmarks) {
    List<BenchmarkFigures> counted =
        benchmarks.stream().filter(b -> b.instructionsPerRecord() != null).toList();
    int height = 30 + counted.size() * 44;
    Svg svg = new Svg(WIDTH, height, "WASM instructions executed per record, per benchmark");
    List<Double> values = new ArrayList<>();
    counted.forEach(
        b -> {
          values.add(b.instructionsPerRecord());
          if (b.baselineInstructionsPerRecord() != null) {
            values.add(b.baselineInstructionsPerRecord());
          }
        });
    Scale x = Scale.linear(max(values, List.of(), 0), PLOT_LEFT + 60, PLOT_RIGHT - VALUE_ROOM);
    double y = 12;
    for (BenchmarkFigures b : counted) {
      String name = b.benchmarkId().substring(b.benchmarkId().indexOf('/') + 1);
      svg.text(8, y + 12, "start", "label", name);
      bar(svg, x, y + 2, "this run", b.instructionsPerRecord(), "bar");
      if (b.baselineInstructionsPerRecord() != null) {
        bar(svg, x, y + 18, "baseline", b.baselineInstructionsPerRecord(), "baseline-bar");
      }
      y += 44;
    }
    return svg.end();
  }

  private static void bar(Svg svg, Scale x, double y, String label, double value, String css) {
    svg.text(PLOT_LEFT + 52, y + 10, "end", "tick", label);
    svg.rect(
        x.at(0),
        y,
        x.at(value) - x.at(0),
        12,
        css,
        label + ": " + Numbers.decimal(value) + " instructions per record");
    svg.text(x.at(value) + 4, y + 10, "start", "value", Numbers.decimal(value));
  }

  private static void axis(Svg svg, Scale x, double top, double y, String unit) {
    for (double tick : x.ticks()) {
      svg.line(x.at(tick), top, x.at(tick), y, "grid");
      svg.text(x.at(tick), y + 14, "middle", "tick", Numbers.si(tick));
    }
    svg.text(PLOT_LEFT - 16, y + 14, "end", "unit", unit);
  }

  private static double max(List<Double> a, List<Double> b, double other) {
    double max = other;
    for (double v : a) {
      max = Math.max(max, v);
    }
    for (double v : b) {
      max = Math.max(max, v);
    }
    return max;
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
