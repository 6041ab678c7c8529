package io.dataflare.bench.internal;

import io.dataflare.bench.BenchmarkOutcome;
import io.dataflare.bench.TargetCheck;
import io.dataflare.bench.plan.PlannedBenchmark;
import java.util.function.Consumer;

/** The lines a run prints while it works: {@code [dataflare] 2/5 error-filter/filter-1KB ...}. */
final class ProgressLines {
  static final String PREFIX = "[dataflare] ";

  private final Consumer<String> sink;
  private final int total;

  ProgressLines(Consumer<String> sink, int total) {
    this.sink = sink;
    this.total = total;
  }

  void started(int position, PlannedBenchmark benchmark) {
    sink.accept(PREFIX + position + "/" + total + " " + benchmark.id() + " ...");
  }

  void finished(int position, BenchmarkOutcome outcome) {
    StringBuilder line =
        new StringBuilder(PREFIX)
            .append(position)
            .append('/')
            .append(total)
            .append(' ')
            .append(outcome.benchmarkId())
            .append(": ")
            .append(Quantities.rate(outcome.recordsPerSecond()))
            .append(" records/s, p50 ")
            .append(Quantities.micros(outcome.p50CallMicros()))
            .append(", p99 ")
            .append(Quantities.micros(outcome.p99CallMicros()))
            .append(" per call of ")
            .append(outcome.dataSize())
            .append(" records");
    outcome
        .allocatedBytesPerRecord()
        .ifPresent(
            bytes -> line.append(", ").append(Quantities.decimal(bytes)).append(" B/record"));
    outcome
        .instructionsPerRecord()
        .ifPresent(
            count ->
                line.append(", ").append(Quantities.decimal(count)).append(" instructions/record"));
    line.append(" (").append(outcome.forks()).append(" forks)");
    sink.accept(line.toString());
    for (TargetCheck check : outcome.targetChecks()) {
      sink.accept(PREFIX + "    target " + (check.met() ? "met: " : "MISSED: ") + check.message());
    }
  }

  void failed(int position, PlannedBenchmark benchmark, String message) {
    sink.accept(PREFIX + position + "/" + total + " " + benchmark.id() + " FAILED: " + message);
  }
}
