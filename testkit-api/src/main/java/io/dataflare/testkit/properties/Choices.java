package io.dataflare.testkit.properties;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The random choices a {@link Generator} draws from. Every choice is recorded as a number between 0
 * and its maximum, 0 being the simplest; a failing input is shrunk by replaying a smaller, simpler
 * sequence of choices, so a generator built only from these calls shrinks with no code of its own.
 * A generator must draw everything through this interface (never from its own {@code Random}), or
 * runs will not replay.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface Choices {

  /** The largest {@link #size()}: reached after about a hundred tries. */
  int MAX_SIZE = 100;

  /**
   * A number in {@code [0, max]}. At random, small numbers and the bounds 0 and {@code max} come
   * more often than the others; shrinking moves the number towards 0.
   *
   * @throws IllegalArgumentException when {@code max} is negative
   */
  long choose(long max);

  /** {@code true} with about this probability at random; shrinking turns it to {@code false}. */
  boolean chance(double probability);

  /**
   * How large values should be, from 0 up to {@link #MAX_SIZE}: it grows over the tries of a run,
   * so the first tries are small.
   */
  int size();

  /** A number in {@code [0, max]} as an {@code int}. */
  default int chooseInt(int max) {
    return (int) choose(max);
  }

  /**
   * A number in {@code [min, max]}, shrinking towards {@code min}.
   *
   * @throws IllegalArgumentException when {@code max < min}, or the range holds more than {@code
   *     Long.MAX_VALUE} numbers
   */
  default long between(long min, long max) {
    long span = max - min;
    if (max < min || span < 0) {
      throw new IllegalArgumentException(
          "range ["
              + min
              + ", "
              + max
              + "] is empty or too wide: give min <= max, at most "
              + Long.MAX_VALUE
              + " apart");
    }
    return min + choose(span);
  }

  /** One of the options, shrinking towards the first. */
  default <T> T pick(List<T> options) {
    if (options.isEmpty()) {
      throw new IllegalArgumentException("pick needs at least one option");
    }
    return options.get(chooseInt(options.size() - 1));
  }
}
