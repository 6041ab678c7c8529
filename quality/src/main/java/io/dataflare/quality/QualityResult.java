package io.dataflare.quality;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.quality.evidence.StaticFinding;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A plugin's quality: its gates, every check with points, evidence and hint, and the score. The
 * score is {@code 100 * points / possible} over the checks that apply, to one decimal; a plugin
 * that fails a gate has none.
 *
 * @param plugin the plugin's name
 * @param version the plugin's version
 * @param backend how it runs, or null when the manifest could not be read
 * @param rulesVersion the {@link QualityRules#VERSION} the checks follow
 * @param gates build, tests and manifest, in that order
 * @param checks every check of the backend's rules, in rule order (not applicable ones included)
 * @param findings the static-analysis findings behind the static checks
 * @param coverage the coverage {@code coverage_threshold} applies to, or null when unknown
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record QualityResult(
    String plugin,
    String version,
    @Nullable Backend backend,
    int rulesVersion,
    List<Gate> gates,
    List<Check> checks,
    List<StaticFinding> findings,
    @Nullable CoverageFigure coverage) {

  public QualityResult {
    Objects.requireNonNull(plugin, "plugin");
    Objects.requireNonNull(version, "version");
    gates = List.copyOf(gates);
    checks = List.copyOf(checks);
    findings = List.copyOf(findings);
  }

  /** Whether every gate passed, so the plugin has a score. */
  public boolean scored() {
    return gates.stream().allMatch(Gate::passed);
  }

  /** The gates that failed, each with its reason. */
  public List<Gate> failedGates() {
    return gates.stream().filter(gate -> !gate.passed()).toList();
  }

  /** The points earned by the checks that apply. */
  public int points() {
    return checks.stream().filter(Check::applicable).mapToInt(Check::points).sum();
  }

  /** The points the checks that apply could give. */
  public int possible() {
    return checks.stream().filter(Check::applicable).mapToInt(Check::maximum).sum();
  }

  /** The score from 0 to 100 to one decimal, absent when a gate failed. */
  public OptionalDouble score() {
    if (!scored() || possible() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.round(1000.0 * points() / possible()) / 10.0);
  }

  /** The check with this id. */
  public Optional<Check> check(String id) {
    return checks.stream().filter(check -> check.id().equals(id)).findFirst();
  }

  /** The checks that apply, by category. */
  public List<Check> checks(Category category) {
    return checks.stream().filter(check -> check.rule().category() == category).toList();
  }

  /**
   * The checks that miss the most points (at most {@code count}, none at full points), most first;
   * ties keep rule order.
   */
  public List<Check> weakest(int count) {
    return checks.stream()
        .filter(check -> check.missing() > 0)
        .sorted(Comparator.comparingInt(Check::missing).reversed())
        .limit(count)
        .toList();
  }
}
