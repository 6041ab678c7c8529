package io.dataflare.quality;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One check of one plugin: the points it earned out of its rule's maximum, the numbers it used, and
 * a one-line hint for the next points. A check that does not apply to the plugin (no {@code
 * [config]} keys to describe, no contracts declared) is left out of the total and says why.
 *
 * @param rule the check's fixed definition
 * @param applicable whether it counts; when not, {@code points} is 0 and {@code hint} says why
 * @param points the points earned, from 0 to {@code rule.maximum()}
 * @param evidence the numbers and facts used, in a stable order (JSON values: numbers, strings,
 *     booleans, lists and maps of them)
 * @param hint how to earn the next points, or why the check does not apply
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Check(
    CheckRule rule, boolean applicable, int points, Map<String, Object> evidence, String hint) {

  public Check {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(hint, "hint");
    evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    if (points < 0 || points > rule.maximum()) {
      throw new IllegalArgumentException(
          "check ["
              + rule.id()
              + "] earned ["
              + points
              + "] points but gives 0 to ["
              + rule.maximum()
              + "]");
    }
    if (!applicable && points != 0) {
      throw new IllegalArgumentException("check [" + rule.id() + "] does not apply but has points");
    }
  }

  /** A check that counts. */
  public static Check scored(
      CheckRule rule, int points, Map<String, Object> evidence, String hint) {
    return new Check(rule, true, points, evidence, hint);
  }

  /** A check left out of the total, with the reason it does not apply. */
  public static Check notApplicable(CheckRule rule, Map<String, Object> evidence, String reason) {
    return new Check(rule, false, 0, evidence, reason);
  }

  public String id() {
    return rule.id();
  }

  public int maximum() {
    return rule.maximum();
  }

  /** The points this check could still earn; 0 when it does not apply. */
  public int missing() {
    return applicable ? rule.maximum() - points : 0;
  }
}
