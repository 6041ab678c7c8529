package io.dataflare.baselines.gate;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.baselines.Measurement;
import io.dataflare.baselines.MeasurementSet;
import io.dataflare.baselines.NoiseFloor;
import io.dataflare.baselines.store.Baseline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Decides whether a benchmark run regressed, per benchmark, with statistics that hold on a noisy
 * shared machine.
 *
 * <h2>Wall-clock (JMH's primary metric)</h2>
 *
 * The fork is the unit: one value per fork (see {@code JmhResultReader}); JMH's pooled {@code
 * scoreError} is never used. The direction follows from the unit ({@code us/op}: lower is better;
 * {@code ops/s}: higher is better). Two statistics from Apache Commons Statistics:
 *
 * <ul>
 *   <li>a one-sided <b>Mann-Whitney U</b> test on the fork values (exact p-value for small samples
 *       without ties): is the current run shifted in the bad direction? It assumes nothing about
 *       the shape of the distribution, and one wild fork moves it by one rank only;
 *   <li>a seeded percentile <b>bootstrap interval</b> (95%, 10,000 resamples) of the ratio of
 *       medians {@code median(current) / median(reference)}: by how much, and how sure.
 * </ul>
 *
 * A benchmark regresses only if {@code p < 0.05} <b>and</b> the interval reaches beyond the minimum
 * effect {@code max(5%, 2 × noise floor)} in the bad direction (its upper bound for a time, its
 * lower bound for a throughput). The second condition drops changes that are significant but proven
 * small (a tight interval inside the minimum effect), yet keeps the gate able to catch a true 5%
 * slowdown, which a condition on the near bound could catch less than half the time. With fewer
 * than 5 forks on a side the verdict is inconclusive: with 3 against 3 the exact test cannot go
 * below p = 0.05. In A/B mode, when both sides have each fork's median call (JMH's sample mode), a
 * second rule compares their fastest forks: a bootstrap of the ratio of the best median calls
 * regresses when it is significant and its interval reaches past the same minimum effect (forks of
 * one build settle at different JIT speeds, a mixture that hides small slowdowns from the rank
 * test; see {@code FastestForks}). A different machine fingerprint turns a wall-clock regression
 * into a warning. A wall-clock regression is {@linkplain Confirmation#PENDING pending} until {@link
 * #confirm(GateResult, MeasurementSet) a re-run} of that benchmark regresses too (a false alarm has
 * to happen twice in a row). Improvements mirror regressions.
 *
 * <h2>Deterministic metrics</h2>
 *
 * Instructions per record: more than 1% above the reference regresses; any other change is
 * reported; a change with an unchanged module hash and input hash is a framework error. Allocation
 * per record: regresses when every fork is above the reference median by more than {@code max(2%,
 * 64 B)}, or when a path that allocated nothing now allocates. Fingerprints do not matter here.
 *
 * <h2>A/B mode</h2>
 *
 * {@link #compare(MeasurementSet, MeasurementSet)} compares a run of the previous artifact (A) with
 * the current one (B), interleaved fork by fork in one job: the same statistics, fingerprints
 * identical by construction, and machine drift shared by both sides: the strongest wall-clock gate
 * on a shared machine.
 */
@API(status = STABLE, since = "0.1")
public final class RegressionGate {
  private final GateSettings settings;
  private final BenchmarkJudge judge;

  private RegressionGate(GateSettings settings) {
    this.settings = settings;
    this.judge = new BenchmarkJudge(settings);
  }

  /** A builder, with the defaults described on each method. */
  public static Builder builder() {
    return new Builder();
  }

  /** The gate with every default. */
  public static RegressionGate withDefaults() {
    return builder().build();
  }

  /**
   * Compares a run with stored baselines. Benchmarks without a baseline are {@link Verdict#NEW};
   * baselines without a benchmark are listed in {@link GateResult#missingBenchmarks()}.
   *
   * @param baselines by benchmark id, e.g. {@code BaselineStore.readAll()}
   * @param current the run to judge
   */
  public GateResult check(Map<String, Baseline> baselines, MeasurementSet current) {
    Map<String, Reference> references = new LinkedHashMap<>();
    baselines.forEach(
        (id, b) ->
            references.put(id, new Reference(b.measurement(), b.noiseFloor(), b.fingerprint())));
    return decideAll(GateResult.Mode.BASELINE, references, current);
  }

  /**
   * A/B mode: compares the current artifact's run (B) with the previous artifact's run (A) from the
   * same job. The noise floor is the builder's default one.
   */
  public GateResult compare(MeasurementSet a, MeasurementSet b) {
    return decideAll(GateResult.Mode.A_B, referencesOf(a), b);
  }

  /**
   * Re-decides the {@linkplain GateResult#benchmarksToConfirm() pending} wall-clock regressions of
   * a baseline-mode result with a confirmation re-run of those benchmarks (the re-run may hold
   * more; they are ignored). Every other verdict is kept.
   *
   * @throws IllegalArgumentException when {@code first} is an A/B result or the re-run lacks a
   *     pending benchmark
   */
  public GateResult confirm(GateResult first, MeasurementSet rerun) {
    if (first.mode() != GateResult.Mode.BASELINE) {
      throw new IllegalArgumentException(
          "An A/B result is confirmed with a re-run of both sides: call confirm(first, rerunA,"
              + " rerunB)");
    }
    return confirmAll(first, first.references(), rerun);
  }

  /**
   * Re-decides the pending wall-clock regressions of an A/B result with a new interleaved A/B run
   * of those benchmarks.
   *
   * @throws IllegalArgumentException when {@code first} is a baseline-mode result or a re-run lacks
   *     a pending benchmark
   */
  public GateResult confirm(GateResult first, MeasurementSet rerunA, MeasurementSet rerunB) {
    if (first.mode() != GateResult.Mode.A_B) {
      throw new IllegalArgumentException(
          "A baseline-mode result is confirmed with one re-run: call confirm(first, rerun)");
    }
    return confirmAll(first, referencesOf(rerunA), rerunB);
  }

  private Map<String, Reference> referencesOf(MeasurementSet a) {
    Map<String, Reference> references = new LinkedHashMap<>();
    for (Measurement m : a.measurements()) {
      references.put(
          m.benchmarkId(), new Reference(m, settings.defaultNoiseFloor(), a.fingerprint()));
    }
    return references;
  }

  private GateResult decideAll(
      GateResult.Mode mode, Map<String, Reference> references, MeasurementSet current) {
    List<BenchmarkVerdict> verdicts = new ArrayList<>();
    for (Measurement m : current.measurements()) {
      Reference reference = references.get(m.benchmarkId());
      verdicts.add(
          reference == null
              ? judge.firstMeasurement(m, mode == GateResult.Mode.A_B)
              : judge.decide(reference, m, fingerprintCheck(mode, reference, current)));
    }
    List<String> missing =
        references.keySet().stream().filter(id -> current.find(id).isEmpty()).toList();
    return new GateResult(mode, verdicts, missing, references);
  }

  private GateResult confirmAll(
      GateResult first, Map<String, Reference> references, MeasurementSet rerun) {
    List<BenchmarkVerdict> verdicts = new ArrayList<>();
    Map<String, Reference> updated = new LinkedHashMap<>(first.references());
    for (BenchmarkVerdict verdict : first.verdicts()) {
      if (verdict.confirmation() != Confirmation.PENDING) {
        verdicts.add(verdict);
        continue;
      }
      String id = verdict.benchmarkId();
      Reference reference = references.get(id);
      Measurement again = rerun.find(id).orElse(null);
      if (reference == null || again == null) {
        throw new IllegalArgumentException(
            "The confirmation re-run lacks benchmark ["
                + id
                + "]: re-run every benchmark in benchmarksToConfirm()");
      }
      updated.put(id, reference);
      verdicts.add(
          judge.confirm(
              verdict, reference, again, fingerprintCheck(first.mode(), reference, rerun)));
    }
    return new GateResult(first.mode(), verdicts, first.missingBenchmarks(), updated);
  }

  private static FingerprintCheck fingerprintCheck(
      GateResult.Mode mode, Reference reference, MeasurementSet current) {
    return mode == GateResult.Mode.A_B
        ? FingerprintCheck.sameJob()
        : FingerprintCheck.compare(reference.fingerprint(), current.fingerprint());
  }

  /** Builds a {@link RegressionGate}; every setting has a documented default. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder {
    private double alpha = 0.05;
    private int minimumForks = 5;
    private double minimumEffect = 0.05;
    private double noiseFloorMultiplier = 2;
    private double confidence = 0.95;
    private int resamples = 10_000;
    private long seed = 20_240_601L;
    private double instructionTolerance = 0.01;
    private double allocationTolerance = 0.02;
    private double allocationToleranceBytes = 64;
    private NoiseFloor defaultNoiseFloor = NoiseFloor.DEFAULT;

    private Builder() {}

    /** Significance level of the one-sided rank test; default 0.05. */
    public Builder withAlpha(double alpha) {
      this.alpha = requireFraction("alpha", alpha);
      return this;
    }

    /** Forks needed on each side to gate wall-clock; default 5. */
    public Builder withMinimumForks(int forks) {
      if (forks < 2) {
        throw new IllegalArgumentException(
            "minimumForks must be at least 2 but was [" + forks + "]");
      }
      this.minimumForks = forks;
      return this;
    }

    /** The smallest wall-clock effect, as a fraction; default 0.05 (5%). */
    public Builder withMinimumEffect(double fraction) {
      this.minimumEffect = requireFraction("minimumEffect", fraction);
      return this;
    }

    /** Minimum effect is at least this many noise floors; default 2. */
    public Builder withNoiseFloorMultiplier(double multiplier) {
      if (!(multiplier >= 0)) {
        throw new IllegalArgumentException(
            "noiseFloorMultiplier must be >= 0 but was [" + multiplier + "]");
      }
      this.noiseFloorMultiplier = multiplier;
      return this;
    }

    /** Confidence level of the bootstrap interval; default 0.95. */
    public Builder withConfidence(double confidence) {
      this.confidence = requireFraction("confidence", confidence);
      return this;
    }

    /** Bootstrap resamples; default 10,000. */
    public Builder withResamples(int resamples) {
      if (resamples < 100) {
        throw new IllegalArgumentException(
            "resamples must be at least 100 but was [" + resamples + "]");
      }
      this.resamples = resamples;
      return this;
    }

    /** Seed of the bootstrap (each benchmark derives its own stream from it). */
    public Builder withSeed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Instructions per record may grow by this fraction; default 0.01 (1%). */
    public Builder withInstructionTolerance(double fraction) {
      this.instructionTolerance = requireFraction("instructionTolerance", fraction);
      return this;
    }

    /**
     * Allocation per record may grow by {@code max(fraction × reference, bytes)}; default 2% and 64
     * B.
     */
    public Builder withAllocationTolerance(double fraction, double bytes) {
      this.allocationTolerance = requireFraction("allocationTolerance", fraction);
      if (!(bytes >= 0)) {
        throw new IllegalArgumentException("bytes must be >= 0 but was [" + bytes + "]");
      }
      this.allocationToleranceBytes = bytes;
      return this;
    }

    /** The noise floor where none was measured (A/B mode, new benchmarks); default 2.5%. */
    public Builder withDefaultNoiseFloor(NoiseFloor noiseFloor) {
      this.defaultNoiseFloor = noiseFloor;
      return this;
    }

    public RegressionGate build() {
      return new RegressionGate(
          new GateSettings(
              alpha,
              minimumForks,
              minimumEffect,
              noiseFloorMultiplier,
              confidence,
              resamples,
              seed,
              instructionTolerance,
              allocationTolerance,
              allocationToleranceBytes,
              8,
              defaultNoiseFloor));
    }

    private static double requireFraction(String name, double value) {
      if (!(value > 0 && value < 1)) {
        throw new IllegalArgumentException(
            name + " must be a fraction between 0 and 1 but was [" + value + "]");
      }
      return value;
    }
  }
}
