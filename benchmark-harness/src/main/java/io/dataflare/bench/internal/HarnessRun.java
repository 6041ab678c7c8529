package io.dataflare.bench.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dataflare.bench.BenchmarkOutcome;
import io.dataflare.bench.HarnessException;
import io.dataflare.bench.HarnessResult;
import io.dataflare.bench.MachineFingerprint;
import io.dataflare.bench.TargetCheck;
import io.dataflare.bench.plan.BenchmarkPlan;
import io.dataflare.bench.plan.PlannedBenchmark;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.openjdk.jmh.results.RunResult;

/**
 * One run of a plan: for each benchmark, JMH in forked JVMs, then the instruction-count passes,
 * then its JSON entry and target checks; at the end the result files, each written atomically.
 * Stops at the first failing benchmark, leaving no result files behind.
 */
public final class HarnessRun {
  /** JMH's JSON with DataFlare's params and metrics. */
  public static final String BENCHMARKS_JSON = "benchmarks.json";

  /** The machine fingerprint, next to the results. */
  public static final String FINGERPRINT_JSON = "fingerprint.json";

  /** Every target check. */
  public static final String TARGETS_JSON = "targets.json";

  /** The harness's working files (the plan the forks read, the forks' facts). */
  static final String WORK_DIRECTORY = "harness";

  private final HarnessSettings settings;
  private final BenchmarkPlan plan;
  private final ProgressLines progress;

  public HarnessRun(HarnessSettings settings, BenchmarkPlan plan) {
    this.settings = settings;
    this.plan = plan;
    this.progress = new ProgressLines(settings.progress(), plan.size());
  }

  public HarnessResult execute() {
    Path output = settings.outputDirectory();
    Path benchmarksJson = output.resolve(BENCHMARKS_JSON);
    Path fingerprintJson = output.resolve(FINGERPRINT_JSON);
    Path targetsJson = output.resolve(TARGETS_JSON);
    Path work = output.resolve(WORK_DIRECTORY);
    Path planFile = work.resolve("plan.json");
    Path forkInfoFile = work.resolve("fork-jvm.json");
    deleteIfExists(benchmarksJson, fingerprintJson, targetsJson, forkInfoFile);
    plan.write(planFile);

    List<ObjectNode> entries = new ArrayList<>();
    List<BenchmarkOutcome> outcomes = new ArrayList<>();
    int position = 0;
    for (PlannedBenchmark benchmark : plan.benchmarks()) {
      progress.started(++position, benchmark);
      try {
        Measured measured = measure(benchmark, planFile, forkInfoFile);
        entries.add(measured.entry());
        outcomes.add(measured.outcome());
        progress.finished(position, measured.outcome());
      } catch (HarnessException e) {
        progress.failed(position, benchmark, e.getMessage());
        throw e;
      }
    }

    MachineFingerprint fingerprint = FingerprintProbe.probe(ForkInfo.read(forkInfoFile), settings);
    AtomicFiles.writeString(fingerprintJson, FingerprintProbe.toJson(fingerprint));
    AtomicFiles.writeString(targetsJson, TargetsJson.write(outcomes));
    AtomicFiles.writeString(benchmarksJson, ResultDocument.document(entries));
    return new HarnessResult(outcomes, fingerprint, benchmarksJson, fingerprintJson, targetsJson);
  }

  private Measured measure(PlannedBenchmark benchmark, Path planFile, Path forkInfoFile) {
    RunResult run = ForkedJmhRun.run(settings, benchmark, planFile, forkInfoFile);
    ForkFigures figures = ForkFigures.of(run, benchmark.id(), benchmark.dataSize());
    Optional<InstructionCount> instructions =
        settings.countInstructions() ? InstructionCounter.count(benchmark) : Optional.empty();
    Optional<String> moduleSha256 =
        benchmark.moduleSha256().or(() -> instructions.map(InstructionCount::moduleSha256));
    ObjectNode entry = ResultDocument.entry(run, benchmark, figures, instructions, moduleSha256);

    double p99Micros = figures.callMicrosPercentile(99);
    List<TargetCheck> checks =
        Targets.check(benchmark, figures.meanRecordsPerSecond(), p99Micros * 1e3);
    double allocated = figures.meanAllocatedBytesPerRecord();
    BenchmarkOutcome outcome =
        new BenchmarkOutcome(
            benchmark.id(),
            benchmark.dataSize(),
            figures.forks(),
            figures.pooled().getMean(),
            figures.callMicrosPercentile(50),
            p99Micros,
            figures.meanRecordsPerSecond(),
            Double.isNaN(allocated) ? OptionalDouble.empty() : OptionalDouble.of(allocated),
            instructions
                .map(count -> OptionalDouble.of(count.firstPassPerRecord()))
                .orElse(OptionalDouble.empty()),
            checks);
    return new Measured(entry, outcome);
  }

  private static void deleteIfExists(Path... files) {
    for (Path file : files) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "Cannot delete the previous run's [" + file + "] (fix: make it writable)", e);
      }
    }
  }

  private record Measured(ObjectNode entry, BenchmarkOutcome outcome) {}
}
