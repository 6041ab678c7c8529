package io.dataflare.bench;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A completed harness run: a summary per benchmark, the machine fingerprint and the files written.
 *
 * @param benchmarks one outcome per benchmark, in plan order
 * @param fingerprint the machine and forked JVMs measured on
 * @param benchmarksJson {@code benchmarks.json}: JMH's JSON format with DataFlare's params and
 *     secondary metrics
 * @param fingerprintJson {@code fingerprint.json}
 * @param targetsJson {@code targets.json}: every target check
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record HarnessResult(
    List<BenchmarkOutcome> benchmarks,
    MachineFingerprint fingerprint,
    Path benchmarksJson,
    Path fingerprintJson,
    Path targetsJson) {

  public HarnessResult {
    benchmarks = List.copyOf(benchmarks);
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(benchmarksJson, "benchmarksJson");
    Objects.requireNonNull(fingerprintJson, "fingerprintJson");
    Objects.requireNonNull(targetsJson, "targetsJson");
  }

  /** The outcome of the benchmark with this id, if it ran. */
  public Optional<BenchmarkOutcome> find(String benchmarkId) {
    return benchmarks.stream().filter(b -> b.benchmarkId().equals(benchmarkId)).findFirst();
  }

  /** Every target check of every benchmark. */
  public List<TargetCheck> targetChecks() {
    return benchmarks.stream().flatMap(b -> b.targetChecks().stream()).toList();
  }

  /** The target checks that failed. */
  public List<TargetCheck> missedTargets() {
    return targetChecks().stream().filter(check -> !check.met()).toList();
  }
}
