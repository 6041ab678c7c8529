package io.dataflare.experiment.trials;

import io.dataflare.baselines.gate.BenchmarkVerdict;
import io.dataflare.baselines.gate.GateResult;
import io.dataflare.baselines.gate.Metric;
import io.dataflare.baselines.gate.MetricVerdict;
import io.dataflare.baselines.gate.RegressionGate;
import io.dataflare.experiment.pool.ForkPool;
import io.dataflare.experiment.pool.Round;
import io.dataflare.experiment.pool.Variant;
import java.util.List;

/**
 * One A/B trial as a build would run it: the gate in A/B mode on the base's and the variant's forks
 * of the same rounds, and, when the wall-clock rule regresses, {@code confirm} with both sides'
 * forks of other rounds (the automatic re-run).
 */
final class GateTrial {
  private final RegressionGate gate;
  private final PoolSides sides;
  private final String benchmarkId;

  GateTrial(RegressionGate gate, ForkPool pool, ForkValue forkValue) {
    this.gate = gate;
    this.sides = new PoolSides(pool, forkValue);
    this.benchmarkId = pool.benchmark();
  }

  TrialOutcome run(String variant, List<Round> first, List<Round> rerun) {
    GateResult result = gate.compare(sides.side(Variant.BASE, first), sides.side(variant, first));
    boolean wallFirst = wallClockFails(result);
    if (result.needsConfirmation()) {
      result = gate.confirm(result, sides.side(Variant.BASE, rerun), sides.side(variant, rerun));
    }
    BenchmarkVerdict verdict = result.verdict(benchmarkId).orElseThrow();
    return new TrialOutcome(
        wallFirst,
        wallClockFails(result),
        !result.failures().isEmpty(),
        !result.errors().isEmpty(),
        verdict.rule().id());
  }

  private boolean wallClockFails(GateResult result) {
    return result
        .verdict(benchmarkId)
        .flatMap(v -> v.metric(Metric.WALL_CLOCK))
        .map(MetricVerdict::failsBuild)
        .orElse(false);
  }
}
