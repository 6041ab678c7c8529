package io.dataflare.bench;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A benchmark measured against one of its spec's targets.
 *
 * @param benchmarkId the benchmark, {@code <plugin>/<benchmark>}
 * @param target which target
 * @param expected the target, in the target's unit ({@link Target#unit()})
 * @param actual what was measured, in the same unit
 * @param met whether the benchmark meets the target
 * @param message one line saying what was measured against what, and by how much it misses, e.g.
 *     {@code error-filter/filter-100B: throughput 1.2 M records/s is 40% below expected_throughput
 *     2.0 M records/s}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record TargetCheck(
    String benchmarkId,
    Target target,
    double expected,
    double actual,
    boolean met,
    String message) {

  public TargetCheck {
    Objects.requireNonNull(benchmarkId, "benchmarkId");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(message, "message");
  }

  /**
   * How far the measurement is from the target in percent of the target: positive when it misses
   * (throughput below, latency above), negative when it meets it with room to spare.
   */
  public double missPercent() {
    double miss = target == Target.EXPECTED_THROUGHPUT ? expected - actual : actual - expected;
    return 100 * miss / expected;
  }

  @Override
  public String toString() {
    return message;
  }

  /** The targets a benchmark spec can set. */
  public enum Target {
    /** {@code expected_throughput}: at least this many records per second. */
    EXPECTED_THROUGHPUT("expected_throughput", "records/s"),
    /** {@code max_latency}: the 99th percentile of one batch call at most this long. */
    MAX_LATENCY("max_latency", "ns");

    private final String specKey;
    private final String unit;

    Target(String specKey, String unit) {
      this.specKey = specKey;
      this.unit = unit;
    }

    /** The key as written in a spec. */
    public String specKey() {
      return specKey;
    }

    /** The unit of {@link TargetCheck#expected()} and {@link TargetCheck#actual()}. */
    public String unit() {
      return unit;
    }
  }
}
