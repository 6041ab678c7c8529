package io.dataflare.runtime.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A lock-free log-linear histogram of nanosecond latencies: each power of two is split into 16
 * linear buckets, so a reported percentile is within 1/16 of the true value. Fixed size (about 8
 * KiB), no allocation when recording.
 */
final class LatencyHistogram {
  private static final int SUB_BITS = 4;
  private static final int SUB_BUCKETS = 1 << SUB_BITS;
  private static final int BUCKETS = SUB_BUCKETS + (64 - SUB_BITS) * SUB_BUCKETS;

  private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);
  private final AtomicLong total = new AtomicLong();
  private final AtomicLong max = new AtomicLong();

  /** Records one latency; negative values count as 0. */
  void record(long nanos) {
    long value = Math.max(0, nanos);
    counts.incrementAndGet(bucketOf(value));
    total.incrementAndGet();
    if (value > max.get()) { // a compare-and-set only when the maximum may change
      max.accumulateAndGet(value, Math::max);
    }
  }

  /** The value at {@code quantile} (0 to 1): the middle of its bucket; 0 when empty. */
  long percentile(double quantile) {
    long count = total.get();
    if (count == 0) {
      return 0;
    }
    long rank = Math.max(1, (long) Math.ceil(quantile * count));
    long seen = 0;
    for (int bucket = 0; bucket < BUCKETS; bucket++) {
      seen += counts.get(bucket);
      if (seen >= rank) {
        return Math.min(middleOf(bucket), max.get());
      }
    }
    return max.get();
  }

  /** How many values were recorded. */
  long count() {
    return total.get();
  }

  /** The largest value recorded. */
  long max() {
    return max.get();
  }

  static int bucketOf(long value) {
    if (value < SUB_BUCKETS) {
      return (int) value;
    }
    int exponent = 63 - Long.numberOfLeadingZeros(value); // >= SUB_BITS
    int shift = exponent - SUB_BITS;
    int mantissa = (int) ((value >>> shift) & (SUB_BUCKETS - 1));
    return SUB_BUCKETS + shift * SUB_BUCKETS + mantissa;
  }

  static long lowerBoundOf(int bucket) {
    if (bucket < SUB_BUCKETS) {
      return bucket;
    }
    int shift = (bucket - SUB_BUCKETS) / SUB_BUCKETS;
    int mantissa = (bucket - SUB_BUCKETS) % SUB_BUCKETS;
    return (long) (SUB_BUCKETS + mantissa) << shift;
  }

  static long middleOf(int bucket) {
    if (bucket < SUB_BUCKETS) {
      return bucket;
    }
    int shift = (bucket - SUB_BUCKETS) / SUB_BUCKETS;
    return lowerBoundOf(bucket) + ((1L << shift) >> 1);
  }
}
