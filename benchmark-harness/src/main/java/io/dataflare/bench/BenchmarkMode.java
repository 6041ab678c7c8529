package io.dataflare.bench;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * How long the harness measures: forks, warm-up and measurement iterations of each benchmark. Every
 * mode runs at least 5 forks, the fewest with which the regression gate's rank test can reach
 * significance. Each can be overridden on {@link BenchmarkHarness.Builder}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum BenchmarkMode {
  /** Seconds per benchmark, for CI tests: 5 forks of one 200 ms warm-up and measurement each. */
  SMOKE(5, 1, Duration.ofMillis(200), 1, Duration.ofMillis(200), false),
  /** For {@code mvn verify}: 6 forks of 2 warm-up and 3 measurement iterations of 1 s. */
  DEFAULT(6, 2, Duration.ofSeconds(1), 3, Duration.ofSeconds(1), false),
  /**
   * For baselines and release checks: 12 forks of 3 warm-up and at least 5 measurement iterations
   * of 2 s; a benchmark's {@code iterations} raises the measurement iterations.
   */
  THOROUGH(12, 3, Duration.ofSeconds(2), 5, Duration.ofSeconds(2), true);

  private final int forks;
  private final int warmupIterations;
  private final Duration warmupTime;
  private final int measurementIterations;
  private final Duration measurementTime;
  private final boolean followsIterationHint;

  BenchmarkMode(
      int forks,
      int warmupIterations,
      Duration warmupTime,
      int measurementIterations,
      Duration measurementTime,
      boolean followsIterationHint) {
    this.forks = forks;
    this.warmupIterations = warmupIterations;
    this.warmupTime = warmupTime;
    this.measurementIterations = measurementIterations;
    this.measurementTime = measurementTime;
    this.followsIterationHint = followsIterationHint;
  }

  /** Forked JVMs per benchmark. */
  public int forks() {
    return forks;
  }

  /** Warm-up iterations per fork. */
  public int warmupIterations() {
    return warmupIterations;
  }

  /** Length of one warm-up iteration. */
  public Duration warmupTime() {
    return warmupTime;
  }

  /**
   * Measurement iterations per fork; in {@link #THOROUGH} mode a benchmark's larger {@code
   * iterations} hint wins.
   */
  public int measurementIterations() {
    return measurementIterations;
  }

  /** Length of one measurement iteration. */
  public Duration measurementTime() {
    return measurementTime;
  }

  /** Whether a benchmark's larger {@code iterations} hint raises its measurement iterations. */
  public boolean followsIterationHint() {
    return followsIterationHint;
  }

  /** The mode's name as users write it: {@code smoke}, {@code default}, {@code thorough}. */
  public String userName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The mode of this name, ignoring case.
   *
   * @throws IllegalArgumentException naming the value and the valid names
   */
  public static BenchmarkMode fromName(String name) {
    for (BenchmarkMode mode : values()) {
      if (mode.userName().equalsIgnoreCase(name.trim())) {
        return mode;
      }
    }
    throw new IllegalArgumentException(
        "Unknown benchmark mode ["
            + name
            + "] (fix: use one of "
            + Arrays.stream(values()).map(BenchmarkMode::userName).toList()
            + ")");
  }
}
