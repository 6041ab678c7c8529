package io.dataflare.testkit.properties.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.testkit.properties.Choices;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The {@link Choices} of one generation: replays a prefix, then draws at random or (when there is
 * no random source) takes 0, the simplest choice, and records every choice made. A recorded
 * sequence replayed as a prefix makes the same value again.
 */
@API(status = INTERNAL, since = "0.1")
public final class ChoiceRecorder implements Choices {
  /** More choices than this in one value is a runaway generator: the try is discarded. */
  public static final int MAX_CHOICES = 1 << 20;

  private final long[] prefix;
  private final @Nullable SplittableRandom random;
  private final int size;
  private long[] made = new long[32];
  private int count;
  private int[] spans = new int[16];
  private int spanCount;

  private ChoiceRecorder(long[] prefix, @Nullable SplittableRandom random, int size) {
    this.prefix = prefix;
    this.random = random;
    this.size = Math.max(0, Math.min(MAX_SIZE, size));
  }

  /** Replays {@code prefix}, then takes the simplest choices. */
  public static ChoiceRecorder replaying(long[] prefix) {
    return new ChoiceRecorder(prefix, null, MAX_SIZE);
  }

  /** Replays {@code prefix}, then draws at random from {@code seed} at this size. */
  public static ChoiceRecorder random(long[] prefix, long seed, int size) {
    return new ChoiceRecorder(prefix, new SplittableRandom(seed), size);
  }

  @Override
  public long choose(long max) {
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative but was [" + max + "]");
    }
    long value;
    if (count < prefix.length) {
      value = Math.min(Math.max(0, prefix[count]), max);
    } else if (random == null || max == 0) {
      value = 0;
    } else {
      value = drawBiased(random, max);
    }
    return record(value);
  }

  @Override
  public boolean chance(double probability) {
    long value;
    if (count < prefix.length) {
      value = Math.min(Math.max(0, prefix[count]), 1);
    } else if (random == null) {
      value = 0;
    } else {
      value = random.nextDouble() < probability ? 1 : 0;
    }
    return record(value) == 1;
  }

  @Override
  public int size() {
    return size;
  }

  /** The choices made so far. */
  public long[] made() {
    return Arrays.copyOf(made, count);
  }

  /**
   * Marks the start of a part of the value that shrinking may delete as a whole (a list element
   * with the choice that decided it exists); returns a token for {@link #endSpan}.
   */
  public int startSpan() {
    return count;
  }

  /** Marks the end of the part started at {@code start}. */
  public void endSpan(int start) {
    if (count > start) {
      if (spanCount + 2 > spans.length) {
        spans = Arrays.copyOf(spans, spans.length * 2);
      }
      spans[spanCount++] = start;
      spans[spanCount++] = count;
    }
  }

  /** The deletable parts marked so far, as {@code [start, end)} pairs of choice indexes. */
  public int[] spans() {
    return Arrays.copyOf(spans, spanCount);
  }

  /** Marks a part when {@code choices} records them, and does nothing otherwise. */
  public static int startSpan(Choices choices) {
    return choices instanceof ChoiceRecorder recorder ? recorder.startSpan() : -1;
  }

  /** Ends a part started by {@link #startSpan(Choices)}. */
  public static void endSpan(Choices choices, int start) {
    if (start >= 0 && choices instanceof ChoiceRecorder recorder) {
      recorder.endSpan(start);
    }
  }

  private long record(long value) {
    if (count == MAX_CHOICES) {
      throw new Unsatisfiable();
    }
    if (count == made.length) {
      made = Arrays.copyOf(made, made.length * 2);
    }
    made[count++] = value;
    return value;
  }

  /**
   * Small numbers and the bounds come often: a bound one time in sixteen each, otherwise a uniform
   * number of a random bit width, so lengths and counts are mostly small but sometimes large.
   */
  private static long drawBiased(SplittableRandom random, long max) {
    int pick = random.nextInt(16);
    if (pick == 0) {
      return 0;
    }
    if (pick == 1) {
      return max;
    }
    int bits = 64 - Long.numberOfLeadingZeros(max);
    int width = 1 + random.nextInt(bits);
    long cap = width >= 63 ? max : Math.min(max, (1L << width) - 1);
    return cap == Long.MAX_VALUE ? random.nextLong() & Long.MAX_VALUE : random.nextLong(cap + 1);
  }
}
