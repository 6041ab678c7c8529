package io.dataflare.baselines.gate;

import static io.dataflare.baselines.internal.Format.p;
import static io.dataflare.baselines.internal.Format.percent;

import io.dataflare.baselines.Measurement;
import io.dataflare.baselines.NoiseFloor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Decides one benchmark: judges each metric, then lets the most severe verdict decide. */
final class BenchmarkJudge {
  private final GateSettings settings;
  private final WallClockJudge wallClock;
  private final InstructionJudge instructions;
  private final AllocationJudge allocation;

  BenchmarkJudge(GateSettings settings) {
    this.settings = settings;
    this.wallClock = new WallClockJudge(settings);
    this.instructions = new InstructionJudge(settings);
    this.allocation = new AllocationJudge(settings);
  }

  BenchmarkVerdict decide(Reference reference, Measurement current, FingerprintCheck fingerprint) {
    double minimumEffect = settings.minimumEffectFor(reference.noiseFloor());
    List<MetricVerdict> metrics = new ArrayList<>();
    metrics.add(wallClockOf(reference, current, fingerprint));
    MetricVerdict count = instructions.judge(reference.measurement(), current);
    if (count != null) {
      metrics.add(count);
    }
    MetricVerdict bytes = allocation.judge(reference.measurement(), current);
    if (bytes != null) {
      metrics.add(bytes);
    }
    Confirmation confirmation =
        metrics.get(0).failsBuild() ? Confirmation.PENDING : Confirmation.NOT_NEEDED;
    return assemble(
        current, metrics, reference.noiseFloor(), minimumEffect, fingerprint, confirmation);
  }

  /** A benchmark without a reference. */
  BenchmarkVerdict firstMeasurement(Measurement current, boolean abMode) {
    String sentence =
        abMode
            ? "Benchmark ["
                + current.benchmarkId()
                + "] did not run for the previous artifact (A): nothing to compare."
            : "No baseline for ["
                + current.benchmarkId()
                + "] yet: nothing to compare; `mvn dataflare:update-baselines` records one.";
    Rule rule = new Rule("benchmark.new", sentence);
    List<MetricVerdict> metrics = new ArrayList<>();
    metrics.add(
        newMetric(
            Metric.WALL_CLOCK,
            rule,
            current.wallClock().unit(),
            current.wallClock().median(),
            current.wallClock().forks()));
    if (current.instructionsPerRecord() != null) {
      metrics.add(
          newMetric(
              Metric.INSTRUCTIONS,
              rule,
              "instructions/record",
              current.instructionsPerRecord().perRecord(),
              current.instructionsPerRecord().passes().size()));
    }
    if (current.allocationPerRecord() != null) {
      metrics.add(
          newMetric(
              Metric.ALLOCATION,
              rule,
              Measurement.ALLOCATION_UNIT,
              current.allocationPerRecord().median(),
              current.allocationPerRecord().forks()));
    }
    NoiseFloor noise = settings.defaultNoiseFloor();
    return new BenchmarkVerdict(
        current.benchmarkId(),
        current.plugin(),
        current.pluginVersion(),
        Verdict.NEW,
        rule,
        metrics,
        noise,
        settings.minimumEffectFor(noise) * 100,
        abMode ? FingerprintCheck.sameJob() : FingerprintCheck.noReference(),
        Confirmation.NOT_NEEDED);
  }

  /**
   * Re-decides a pending wall-clock regression with a confirmation re-run: it stands only if the
   * re-run regresses too. Deterministic verdicts are kept (they are exact).
   */
  BenchmarkVerdict confirm(
      BenchmarkVerdict first,
      Reference reference,
      Measurement rerun,
      FingerprintCheck fingerprint) {
    MetricVerdict before = first.metric(Metric.WALL_CLOCK).orElseThrow();
    MetricVerdict after = wallClockOf(reference, rerun, fingerprint);
    String firstRun =
        "the first run measured "
            + percent(before.changePercent())
            + " ("
            + p(before.pValue())
            + "), the re-run "
            + percent(after.changePercent())
            + " ("
            + p(after.pValue())
            + ")";
    boolean confirmed = after.failsBuild();
    MetricVerdict decided =
        confirmed
            ? after.decidedBy(
                Verdict.REGRESSED,
                new Rule(
                    "wall.confirmed",
                    "Confirmed by a re-run: " + firstRun + ". " + after.rule().sentence()))
            : after.decidedBy(
                after.verdict(),
                new Rule(
                    "wall.not-confirmed",
                    "Not confirmed, treated as noise: "
                        + firstRun
                        + ". "
                        + after.rule().sentence()));
    List<MetricVerdict> metrics = new ArrayList<>(first.metrics());
    for (int i = 0; i < metrics.size(); i++) {
      if (metrics.get(i).metric() == Metric.WALL_CLOCK) {
        metrics.set(i, decided);
      }
    }
    return assemble(
        rerun,
        metrics,
        first.noiseFloor(),
        first.minimumEffectPercent() / 100,
        fingerprint,
        confirmed ? Confirmation.CONFIRMED : Confirmation.NOT_CONFIRMED);
  }

  private MetricVerdict wallClockOf(
      Reference reference, Measurement current, FingerprintCheck fingerprint) {
    return wallClock.judge(
        reference.measurement().wallClock(),
        current.wallClock(),
        reference.measurement().medianCalls(),
        current.medianCalls(),
        settings.minimumEffectFor(reference.noiseFloor()),
        fingerprint,
        seedFor(current.benchmarkId()));
  }

  // Each benchmark gets its own reproducible bootstrap stream.
  private long seedFor(String benchmarkId) {
    return settings.seed() ^ (benchmarkId.hashCode() * 0x9E3779B97F4A7C15L);
  }

  private static BenchmarkVerdict assemble(
      Measurement current,
      List<MetricVerdict> metrics,
      NoiseFloor noiseFloor,
      double minimumEffect,
      FingerprintCheck fingerprint,
      Confirmation confirmation) {
    // Ties go to the first metric: wall-clock, then instructions, then allocation.
    MetricVerdict deciding =
        metrics.stream().max(Comparator.comparingInt(BenchmarkJudge::severity)).orElseThrow();
    Verdict verdict = deciding.verdict() == Verdict.NEW ? Verdict.PASS : deciding.verdict();
    return new BenchmarkVerdict(
        current.benchmarkId(),
        current.plugin(),
        current.pluginVersion(),
        verdict,
        deciding.rule(),
        metrics,
        noiseFloor,
        minimumEffect * 100,
        fingerprint,
        confirmation);
  }

  private static int severity(MetricVerdict metric) {
    return switch (metric.verdict()) {
      case ERROR -> 6;
      case REGRESSED -> metric.warningOnly() ? 4 : 5;
      case INCONCLUSIVE -> 3;
      case IMPROVED -> 2;
      case PASS -> 1;
      case NEW -> 0;
    };
  }

  private static MetricVerdict newMetric(
      Metric metric, Rule rule, String unit, double current, int forks) {
    return new MetricVerdict(
        metric,
        Verdict.NEW,
        false,
        rule,
        unit,
        Double.NaN,
        current,
        Double.NaN,
        null,
        Double.NaN,
        0,
        forks);
  }
}
