package io.dataflare.baselines;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Whether a larger value of a metric is better or worse, derived from the metric's unit. */
@API(status = STABLE, since = "0.1")
public enum Direction {
  /** Time per operation ({@code us/op}), bytes or instructions per record: less is better. */
  LOWER_IS_BETTER,
  /** Operations per time ({@code ops/s}, {@code records/s}): more is better. */
  HIGHER_IS_BETTER;

  /**
   * Derives the direction from a JMH score unit: {@code <time>/op} is lower-is-better, {@code
   * ops/<time>} (and {@code records/<time>}) higher-is-better.
   *
   * @throws IllegalArgumentException for a unit that is neither, naming it
   */
  public static Direction fromUnit(String unit) {
    String u = unit.trim();
    if (u.endsWith("/op") || u.endsWith("/record")) {
      return LOWER_IS_BETTER;
    }
    if (u.startsWith("ops/") || u.startsWith("records/")) {
      return HIGHER_IS_BETTER;
    }
    throw new IllegalArgumentException(
        "Cannot tell whether more or less is better for unit ["
            + unit
            + "]: expected a time per operation (e.g. us/op) or operations per time (e.g. ops/s)");
  }

  /** Whether a relative change ({@code current / reference - 1}) is in the bad direction. */
  public boolean isWorse(double relativeChange) {
    return this == LOWER_IS_BETTER ? relativeChange > 0 : relativeChange < 0;
  }
}
