package io.dataflare.benchmarks.twins;

/**
 * The physical references: each sample's logic as a plain Java loop over byte arrays, with no
 * plugin interface, no records and no runtime. Outputs go into arrays the caller reuses.
 */
public final class PlainLoops {
  private PlainLoops() {}

  /** The filter: writes the indexes of kept values to {@code kept}; returns how many. */
  public static int filter(byte[][] values, byte[] needle, int[] kept) {
    int count = 0;
    for (int i = 0; i < values.length; i++) {
      if (Needle.in(values[i], needle)) {
        kept[count++] = i;
      }
    }
    return count;
  }

  /** The map: writes each output value (or the input when unchanged) to {@code out}. */
  public static void map(byte[][] values, JsonUpper scanner, byte[][] out) {
    for (int i = 0; i < values.length; i++) {
      byte[] upper = scanner.upper(values[i]);
      out[i] = upper == null ? values[i] : upper;
    }
  }

  /**
   * The aggregate: adds the batch to {@code totals} ({count, bytes}) and returns the JSON the
   * sample emits for it.
   */
  public static byte[] aggregate(byte[][] values, long[] totals) {
    for (byte[] value : values) {
      totals[1] += value.length;
    }
    totals[0] += values.length;
    return RecordStats.json(totals[0], totals[1]);
  }
}
