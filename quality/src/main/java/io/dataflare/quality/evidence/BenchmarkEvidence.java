package io.dataflare.quality.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What the benchmark harness and the regression gate wrote to {@code target/dataflare/}.
 *
 * @param benchmarks every benchmark of {@code benchmarks.json}; empty when there is no such file
 * @param gate the gate's report, or null when {@code dataflare:check} did not run
 * @param targets every declared target's check; empty when none were declared
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record BenchmarkEvidence(
    List<BenchmarkFigures> benchmarks, @Nullable GateReport gate, List<TargetResult> targets) {

  public BenchmarkEvidence {
    benchmarks = List.copyOf(benchmarks);
    targets = List.copyOf(targets);
  }

  /** No results at all. */
  public static BenchmarkEvidence none() {
    return new BenchmarkEvidence(List.of(), null, List.of());
  }

  /** The gate's report, if the gate ran. */
  public Optional<GateReport> gateReport() {
    return Optional.ofNullable(gate);
  }
}
