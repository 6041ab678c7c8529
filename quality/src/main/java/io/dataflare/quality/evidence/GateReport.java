package io.dataflare.quality.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The regression gate's verdicts as {@code dataflare:check} wrote them ({@code
 * regression-report.json}).
 *
 * @param passed whether the gate passed (no failing regression, no error)
 * @param verdicts one per benchmark
 * @param missingBenchmarks baselines whose benchmark did not run
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record GateReport(boolean passed, List<Verdict> verdicts, List<String> missingBenchmarks) {

  public GateReport {
    verdicts = List.copyOf(verdicts);
    missingBenchmarks = List.copyOf(missingBenchmarks);
  }

  /** The verdict of one benchmark. */
  public Optional<Verdict> verdict(String benchmarkId) {
    return verdicts.stream().filter(v -> v.benchmarkId().equals(benchmarkId)).findFirst();
  }

  /**
   * One benchmark's verdict.
   *
   * @param benchmarkId the benchmark
   * @param verdict {@code PASS}, {@code IMPROVED}, {@code REGRESSED}, {@code INCONCLUSIVE}, {@code
   *     NEW} or {@code ERROR}
   * @param rule the rule that decided it
   * @param reason the rule's sentence
   * @param metrics the verdict of each metric
   */
  public record Verdict(
      String benchmarkId, String verdict, String rule, String reason, List<MetricVerdict> metrics) {
    public Verdict {
      Objects.requireNonNull(benchmarkId, "benchmarkId");
      metrics = List.copyOf(metrics);
    }

    /** The verdict of a metric ({@code WALL_CLOCK}, {@code INSTRUCTIONS}, {@code ALLOCATION}). */
    public Optional<MetricVerdict> metric(String name) {
      return metrics.stream().filter(m -> m.metric().equals(name)).findFirst();
    }
  }

  /**
   * One metric's verdict; numbers that do not exist are null.
   *
   * @param metric {@code WALL_CLOCK}, {@code INSTRUCTIONS} or {@code ALLOCATION}
   * @param verdict as for benchmarks
   * @param reason the deciding rule's sentence
   * @param unit the metric's unit
   * @param baselineValue the baseline's value (median for wall clock)
   * @param currentValue this run's value
   * @param changePercent the relative change
   * @param lowPercent the change interval's lower bound, wall clock only
   * @param highPercent the change interval's upper bound, wall clock only
   */
  public record MetricVerdict(
      String metric,
      String verdict,
      String reason,
      String unit,
      @Nullable Double baselineValue,
      @Nullable Double currentValue,
      @Nullable Double changePercent,
      @Nullable Double lowPercent,
      @Nullable Double highPercent) {}
}
