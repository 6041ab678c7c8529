package io.dataflare.baselines.gate;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The gate's verdicts on one run. The build fails when {@link #failures()} is not empty; it is an
 * error (a broken setup) when {@link #errors()} is not empty.
 *
 * <p>Confirmation: a wall-clock regression is {@link Confirmation#PENDING} until a re-run of only
 * that benchmark confirms it. A build tool re-runs {@link #benchmarksToConfirm()} and calls {@link
 * RegressionGate#confirm(GateResult, io.dataflare.baselines.MeasurementSet)} (or its A/B form);
 * without a re-run, a pending regression still fails.
 */
@API(status = STABLE, since = "0.1")
public final class GateResult {

  /** What the run was compared with. */
  @API(status = STABLE, since = "0.1")
  public enum Mode {
    /** Stored baselines. */
    BASELINE,
    /** A run of the previous artifact, interleaved with the current one in the same job. */
    A_B
  }

  private final Mode mode;
  private final List<BenchmarkVerdict> verdicts;
  private final List<String> missingBenchmarks;
  private final Map<String, Reference> references;

  GateResult(
      Mode mode,
      List<BenchmarkVerdict> verdicts,
      List<String> missingBenchmarks,
      Map<String, Reference> references) {
    this.mode = mode;
    this.verdicts = List.copyOf(verdicts);
    this.missingBenchmarks = List.copyOf(missingBenchmarks);
    this.references = Collections.unmodifiableMap(new LinkedHashMap<>(references));
  }

  public Mode mode() {
    return mode;
  }

  /** One verdict per benchmark of the current run, in run order. */
  public List<BenchmarkVerdict> verdicts() {
    return verdicts;
  }

  /** Benchmarks with a reference that the current run did not measure (removed or renamed?). */
  public List<String> missingBenchmarks() {
    return missingBenchmarks;
  }

  /** The verdict on one benchmark. */
  public Optional<BenchmarkVerdict> verdict(String benchmarkId) {
    return verdicts.stream().filter(v -> v.benchmarkId().equals(benchmarkId)).findFirst();
  }

  /** Regressions that fail the build. */
  public List<BenchmarkVerdict> failures() {
    return verdicts.stream().filter(BenchmarkVerdict::failsBuild).toList();
  }

  /** Framework errors: measurements that cannot be right. */
  public List<BenchmarkVerdict> errors() {
    return verdicts.stream().filter(BenchmarkVerdict::isError).toList();
  }

  /** Regressions reported as warnings only (measured on another machine). */
  public List<BenchmarkVerdict> warnings() {
    return verdicts.stream().filter(BenchmarkVerdict::isWarning).toList();
  }

  /** Whether the gate passes: no failing regression and no framework error. */
  public boolean passed() {
    return failures().isEmpty() && errors().isEmpty();
  }

  /** Whether a wall-clock regression waits for a confirmation re-run. */
  public boolean needsConfirmation() {
    return !benchmarksToConfirm().isEmpty();
  }

  /** The benchmarks to re-run (and only those) to confirm their wall-clock regressions. */
  public List<String> benchmarksToConfirm() {
    return verdicts.stream()
        .filter(v -> v.confirmation() == Confirmation.PENDING)
        .map(BenchmarkVerdict::benchmarkId)
        .toList();
  }

  /** How many benchmarks got each verdict (every verdict present, zeros included). */
  public Map<Verdict, Integer> counts() {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      counts.put(v, 0);
    }
    verdicts.forEach(v -> counts.merge(v.verdict(), 1, Integer::sum));
    return counts;
  }

  Map<String, Reference> references() {
    return references;
  }
}
