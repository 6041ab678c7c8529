package io.dataflare.testkit.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.testkit.InvalidSpecException;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/** Validations shared by the spec builders; each throws {@link InvalidSpecException}. */
@API(status = INTERNAL, since = "0.1")
public final class SpecChecks {
  /** Characters JUnit does not allow in a tag. */
  private static final String TAG_RESERVED = ",()&|!";

  private SpecChecks() {}

  public static void name(String spec, String name, String fix) {
    if (name.isBlank()) {
      throw new InvalidSpecException(spec, "name", "must not be blank but was [" + name + "]", fix);
    }
  }

  public static void positive(String spec, String field, Duration value, String fix) {
    if (value.isNegative() || value.isZero()) {
      throw new InvalidSpecException(spec, field, "must be positive but was [" + value + "]", fix);
    }
  }

  public static void between(
      String spec, String field, long value, long min, long max, String fix) {
    outOfRange(value, min, max)
        .ifPresent(
            problem -> {
              throw new InvalidSpecException(spec, field, problem, fix);
            });
  }

  /**
   * What is wrong with a number outside {@code [min, max]}, e.g. {@code must be at least 1 but was
   * [0]}; empty when it is inside. A bound at an integer type's limit goes unsaid.
   */
  public static Optional<String> outOfRange(long value, long min, long max) {
    if (value >= min && value <= max) {
      return Optional.empty();
    }
    boolean noMin = min <= Integer.MIN_VALUE;
    boolean noMax = max >= Integer.MAX_VALUE;
    String range;
    if (noMax && !noMin) {
      range = value < min ? "at least " + min : "at most " + max;
    } else if (noMin && !noMax) {
      range = value > max ? "at most " + max : "at least " + min;
    } else {
      range = "between " + min + " and " + max;
    }
    return Optional.of("must be " + range + " but was [" + value + "]");
  }

  public static void tags(String spec, Collection<String> tags) {
    for (String tag : tags) {
      boolean valid =
          !tag.isBlank()
              && tag.chars()
                  .noneMatch(
                      c ->
                          Character.isWhitespace(c)
                              || Character.isISOControl(c)
                              || TAG_RESERVED.indexOf(c) >= 0);
      if (!valid) {
        throw new InvalidSpecException(
            spec,
            "tags",
            "contains an invalid tag [" + tag + "]",
            "use tags without blanks, control characters or any of " + TAG_RESERVED);
      }
    }
  }

  /** Names must be unique within a suite, as they name the tests. */
  public static void uniqueNames(String spec, String field, Collection<String> names) {
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (!seen.add(name)) {
        throw new InvalidSpecException(
            spec, field, "has two entries named [" + name + "]", "give each a distinct name");
      }
    }
  }
}
