package io.dataflare.bench.internal;

import io.dataflare.bench.TargetCheck;
import io.dataflare.bench.TargetCheck.Target;
import io.dataflare.bench.plan.PlannedBenchmark;
import java.util.ArrayList;
import java.util.List;

/** Checks a benchmark's measured figures against its spec's targets. */
public final class Targets {
  private Targets() {}

  /**
   * One check per target the spec sets: {@code expected_throughput} against the mean over forks of
   * records per second, {@code max_latency} against the 99th percentile of all sampled calls.
   */
  public static List<TargetCheck> check(
      PlannedBenchmark benchmark, double recordsPerSecond, double p99CallNanos) {
    List<TargetCheck> checks = new ArrayList<>();
    benchmark
        .spec()
        .expectedThroughput()
        .ifPresent(expected -> checks.add(throughput(benchmark.id(), expected, recordsPerSecond)));
    benchmark
        .spec()
        .maxLatency()
        .ifPresent(max -> checks.add(latency(benchmark.id(), max.toNanos(), p99CallNanos)));
    return checks;
  }

  static TargetCheck throughput(String id, double expected, double actual) {
    boolean met = actual >= expected;
    String measured = "throughput " + Quantities.rate(actual) + " records/s";
    String target = "expected_throughput " + Quantities.rate(expected) + " records/s";
    String verdict =
        met
            ? measured + " meets " + target + " (" + share(actual - expected, expected) + " above)"
            : measured + " is " + share(expected - actual, expected) + " below " + target;
    return new TargetCheck(
        id, Target.EXPECTED_THROUGHPUT, expected, actual, met, id + ": " + verdict);
  }

  static TargetCheck latency(String id, double expectedNanos, double actualNanos) {
    boolean met = actualNanos <= expectedNanos;
    String measured = "p99 latency " + Quantities.nanos(actualNanos) + " of a batch call";
    String target = "max_latency " + Quantities.nanos(expectedNanos);
    String verdict =
        met
            ? measured
                + " meets "
                + target
                + " ("
                + share(expectedNanos - actualNanos, expectedNanos)
                + " below)"
            : measured
                + " is "
                + share(actualNanos - expectedNanos, expectedNanos)
                + " above "
                + target;
    return new TargetCheck(
        id, Target.MAX_LATENCY, expectedNanos, actualNanos, met, id + ": " + verdict);
  }

  private static String share(double difference, double of) {
    return Quantities.percent(100 * difference / of);
  }
}
