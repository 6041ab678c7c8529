package io.dataflare.quality;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.quality.internal.Numbers;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The coverage that {@code plugin.toml [test] coverage_threshold} is compared with: line coverage
 * for Java plugins, the share of executed functions for WASM plugins.
 *
 * @param measure what was measured, e.g. {@code line coverage}
 * @param percent the coverage in percent, or null when it could not be measured
 * @param threshold {@code coverage_threshold} in percent; 0 means none
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CoverageFigure(String measure, @Nullable Double percent, double threshold) {

  public CoverageFigure {
    Objects.requireNonNull(measure, "measure");
  }

  /** Whether a threshold is set and the coverage is below it (or was not measured). */
  public boolean belowThreshold() {
    return threshold > 0 && (percent == null || percent < threshold);
  }

  /** Why the build fails, when it does: the threshold, the coverage and the fix. */
  public Optional<String> shortfall() {
    if (!belowThreshold()) {
      return Optional.empty();
    }
    String actual =
        percent == null
            ? "was not measured"
            : "is [" + Numbers.percent(percent) + "], below the threshold";
    return Optional.of(
        "plugin.toml [test] coverage_threshold is ["
            + Numbers.percent(threshold)
            + "] but the "
            + measure
            + " "
            + actual
            + " (fix: add spec cases that reach the code quality.json lists under "
            + (measure.startsWith("line") ? "coverage.lines" : "coverage.functions")
            + ", or lower coverage_threshold)");
  }
}
