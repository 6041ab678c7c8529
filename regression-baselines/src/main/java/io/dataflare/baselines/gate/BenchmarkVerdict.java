package io.dataflare.baselines.gate;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.baselines.NoiseFloor;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The gate's verdict on one benchmark: the most severe of its metrics' verdicts (error, then a
 * failing regression, a warning-only regression, inconclusive, improved, pass), the rule of the
 * metric that decided, and every metric's numbers.
 *
 * @param benchmarkId the benchmark
 * @param plugin the plugin's name (may be empty)
 * @param pluginVersion the current plugin version (may be empty)
 * @param verdict the outcome
 * @param rule the deciding rule
 * @param metrics one verdict per metric measured (wall-clock first)
 * @param noiseFloor the reference's noise floor
 * @param minimumEffectPercent {@code max(5%, 2 × noise floor)}: the smallest wall-clock change that
 *     may be called a regression or improvement
 * @param fingerprint whether the machines match
 * @param confirmation the state of the wall-clock confirmation re-run
 */
@API(status = STABLE, since = "0.1")
public record BenchmarkVerdict(
    String benchmarkId,
    String plugin,
    String pluginVersion,
    Verdict verdict,
    Rule rule,
    List<MetricVerdict> metrics,
    NoiseFloor noiseFloor,
    double minimumEffectPercent,
    FingerprintCheck fingerprint,
    Confirmation confirmation) {

  public BenchmarkVerdict {
    metrics = List.copyOf(metrics);
  }

  /** Whether this benchmark fails the build (a regression that is not only a warning). */
  public boolean failsBuild() {
    return verdict == Verdict.REGRESSED && metrics.stream().anyMatch(MetricVerdict::failsBuild);
  }

  /** Whether this is a regression reported as a warning only (a different machine). */
  public boolean isWarning() {
    return verdict == Verdict.REGRESSED && !failsBuild();
  }

  /** Whether the measurement is broken (a framework error). */
  public boolean isError() {
    return verdict == Verdict.ERROR;
  }

  /** The verdict on one metric, if it was measured. */
  public Optional<MetricVerdict> metric(Metric metric) {
    return metrics.stream().filter(m -> m.metric() == metric).findFirst();
  }

  /** The metric whose rule decided (the first of the most severe). */
  public MetricVerdict deciding() {
    return metrics.stream().filter(m -> m.rule().equals(rule)).findFirst().orElse(metrics.get(0));
  }
}
