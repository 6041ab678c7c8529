package io.dataflare.testkit.properties.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Shrinks a failing input by shrinking the choices that made it, in the manner of Hypothesis: it
 * deletes marked parts (list elements) and blocks of choices, sets blocks to zero, lowers single
 * choices and sorts neighbours, and keeps a candidate when it still fails and its choices are
 * smaller (fewer, then lexicographically lower). Deterministic: the same failing input and the same
 * property give the same result, within a budget of evaluations.
 *
 * @param <T> the type of the values
 */
@API(status = INTERNAL, since = "0.1")
public final class Shrinker<T> {

  /** A failing input: its choices, the parts marked in them, the value, and the failure. */
  public record Failing<T>(long[] choices, int[] spans, T value, Throwable failure) {}

  /** A value made from a candidate: the choices it used, the parts marked, the value. */
  public record Made<T>(long[] choices, int[] spans, T value) {}

  /**
   * Replays candidates and checks their values. Making a value is cheap and checking it may not be
   * (a plugin that times out), so a candidate is checked only when the choices it used are smaller
   * than the best so far and were not checked before.
   */
  public interface Evaluator<T> {
    /** The value a candidate makes, or null when it makes none. */
    @Nullable Made<T> make(long[] candidate);

    /** Why the value fails the property, or null when it passes. */
    @Nullable Throwable check(T value);
  }

  private static final int[] BLOCK_SIZES = {8, 4, 2, 1};

  private final Evaluator<T> evaluator;
  private final int budget;
  private final long deadline;
  private final Set<String> checked = new HashSet<>();
  private int evaluations;
  private int improvements;
  private Failing<T> best;

  /**
   * @param budget most candidates to replay
   * @param timeLimitNanos most time to spend; only reached when candidates are slow (a plugin that
   *     times out), and then the result may depend on the machine's speed
   */
  public Shrinker(Evaluator<T> evaluator, int budget, long timeLimitNanos, Failing<T> start) {
    this.evaluator = evaluator;
    this.budget = budget;
    this.deadline = System.nanoTime() + timeLimitNanos;
    this.best = start;
  }

  /** Shrinks until no pass improves or the budget is spent; returns the smallest failing input. */
  public Failing<T> shrink() {
    boolean improved = true;
    while (improved && !exhausted()) {
      improved = truncate();
      improved |= deleteSpans();
      improved |= zeroSpans();
      improved |= lowerChoices();
      improved |= deleteBlocks();
      improved |= zeroBlocks();
      improved |= sortNeighbours();
    }
    return best;
  }

  /** Candidates replayed so far. */
  public int evaluations() {
    return evaluations;
  }

  /** Times a smaller failing input was found. */
  public int improvements() {
    return improvements;
  }

  /**
   * Cuts the sequence short: the choices after the cut replay as 0, which ends every list there. A
   * binary search for the shortest failing prefix.
   */
  private boolean truncate() {
    boolean improved = false;
    int low = 0;
    while (low < best.choices().length && !exhausted()) {
      int middle = (low + best.choices().length) / 2;
      if (attempt(Arrays.copyOf(best.choices(), middle))) {
        improved = true;
      } else {
        low = middle + 1;
      }
    }
    return improved;
  }

  /**
   * Deletes marked parts, from the last to the first; after a part goes, tries deleting twice as
   * many of its neighbours at once, so long lists shrink in a few steps.
   */
  private boolean deleteSpans() {
    boolean improved = false;
    for (int s = best.spans().length - 2; s >= 0 && !exhausted(); s -= 2) {
      int[] spans = best.spans();
      if (s + 1 >= spans.length || spans[s + 1] > best.choices().length) {
        continue;
      }
      int start = spans[s];
      if (!attempt(without(best.choices(), start, spans[s + 1] - start))) {
        continue;
      }
      improved = true;
      for (int run = 2; !exhausted(); run *= 2) {
        int end = endOfRun(best.spans(), start, run);
        if (end < 0 || !attempt(without(best.choices(), start, end - start))) {
          break;
        }
      }
    }
    return improved;
  }

  /** The end of {@code run} adjacent parts starting at {@code start}, or -1 if there are fewer. */
  private int endOfRun(int[] spans, int start, int run) {
    int end = start;
    for (int counted = 0; counted < run; counted++) {
      int next = -1;
      for (int s = 0; s + 1 < spans.length; s += 2) {
        if (spans[s] == end && spans[s + 1] > end && (next < 0 || spans[s + 1] < next)) {
          next = spans[s + 1];
        }
      }
      if (next < 0 || next > best.choices().length) {
        return -1;
      }
      end = next;
    }
    return end;
  }

  private boolean zeroSpans() {
    boolean improved = false;
    for (int s = 0; s + 1 < best.spans().length && !exhausted(); s += 2) {
      int start = best.spans()[s];
      int end = Math.min(best.spans()[s + 1], best.choices().length);
      // keep the first choice (the one that made the part exist); simplify the rest
      if (start + 1 < end && !allZero(best.choices(), start + 1, end)) {
        improved |= attempt(zeroed(best.choices(), start + 1, end));
      }
    }
    return improved;
  }

  private boolean deleteBlocks() {
    boolean improved = false;
    for (int size : BLOCK_SIZES) {
      int index = 0;
      while (index + size <= best.choices().length && !exhausted()) {
        if (attempt(without(best.choices(), index, size))) {
          improved = true;
        } else {
          index++;
        }
      }
    }
    return improved;
  }

  private boolean zeroBlocks() {
    boolean improved = false;
    for (int size : BLOCK_SIZES) {
      for (int index = 0; index + size <= best.choices().length && !exhausted(); index++) {
        if (!allZero(best.choices(), index, index + size)) {
          improved |= attempt(zeroed(best.choices(), index, index + size));
        }
      }
    }
    return improved;
  }

  /**
   * Lowers each non-zero choice: to 0 if that still fails, else to the lowest failing value by
   * binary search (assuming lower values fail from some point on, as they usually do).
   */
  private boolean lowerChoices() {
    boolean improved = false;
    for (int index = 0; index < best.choices().length && !exhausted(); index++) {
      long value = best.choices()[index];
      if (value == 0) {
        continue;
      }
      if (attempt(with(best.choices(), index, 0))) {
        improved = true;
        continue;
      }
      long low = 0;
      long high = value;
      while (low + 1 < high && !exhausted()) {
        long middle = low + (high - low) / 2;
        if (attempt(with(best.choices(), index, middle))) {
          improved = true;
          high = middle;
          if (index >= best.choices().length || best.choices()[index] != middle) {
            break; // the choices were read differently: this index means something else now
          }
        } else {
          low = middle;
        }
      }
    }
    return improved;
  }

  private boolean sortNeighbours() {
    boolean improved = false;
    for (int index = 0; index + 1 < best.choices().length && !exhausted(); index++) {
      long[] choices = best.choices();
      if (choices[index] > choices[index + 1]) {
        long[] swapped = choices.clone();
        swapped[index] = choices[index + 1];
        swapped[index + 1] = choices[index];
        improved |= attempt(swapped);
      }
    }
    return improved;
  }

  private boolean attempt(long[] candidate) {
    if (exhausted() || !smaller(candidate, best.choices())) {
      return false;
    }
    Made<T> made = evaluator.make(candidate);
    if (made == null
        || !smaller(made.choices(), best.choices())
        || !checked.add(Arrays.toString(made.choices()))) {
      return false;
    }
    evaluations++;
    Throwable failure = evaluator.check(made.value());
    if (failure == null) {
      return false;
    }
    best = new Failing<>(made.choices(), made.spans(), made.value(), failure);
    improvements++;
    return true;
  }

  private boolean exhausted() {
    return evaluations >= budget || System.nanoTime() - deadline > 0;
  }

  /** Shortlex order: fewer choices first, then the lexicographically lower. */
  static boolean smaller(long[] candidate, long[] current) {
    if (candidate.length != current.length) {
      return candidate.length < current.length;
    }
    return Arrays.compare(candidate, current) < 0;
  }

  private static long[] without(long[] choices, int from, int length) {
    long[] shorter = new long[choices.length - length];
    System.arraycopy(choices, 0, shorter, 0, from);
    System.arraycopy(choices, from + length, shorter, from, choices.length - from - length);
    return shorter;
  }

  private static long[] zeroed(long[] choices, int from, int to) {
    long[] copy = choices.clone();
    Arrays.fill(copy, from, to, 0);
    return copy;
  }

  private static long[] with(long[] choices, int index, long value) {
    long[] copy = choices.clone();
    copy[index] = value;
    return copy;
  }

  private static boolean allZero(long[] choices, int from, int to) {
    for (int i = from; i < to; i++) {
      if (choices[i] != 0) {
        return false;
      }
    }
    return true;
  }
}
