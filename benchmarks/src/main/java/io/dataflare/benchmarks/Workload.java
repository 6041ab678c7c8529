package io.dataflare.benchmarks;

import io.dataflare.plugin.PluginRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The records a benchmark feeds a sample: deterministic, of an exact value size, and the same for
 * every contender of a comparison.
 *
 * <ul>
 *   <li>filter: log lines; every other one contains {@code error} (kept), the rest are dropped;
 *   <li>map: JSON objects whose {@code name} field gets upper-cased;
 *   <li>aggregate: the log lines.
 * </ul>
 */
public final class Workload {
  private final byte[][] values;
  private final List<PluginRecord> records;

  private Workload(byte[][] values) {
    this.values = values;
    List<PluginRecord> list = new ArrayList<>(values.length);
    for (byte[] value : values) {
      list.add(PluginRecord.of(value));
    }
    this.records = List.copyOf(list);
  }

  /** {@code count} records of {@code valueBytes} bytes each for {@code sample}. */
  public static Workload of(Sample sample, int count, int valueBytes) {
    return of(sample == Sample.MAP ? Shape.JSON : Shape.MIXED_LOG, count, valueBytes);
  }

  /** {@code count} records of {@code valueBytes} bytes each, shaped as {@code shape} says. */
  public static Workload of(Shape shape, int count, int valueBytes) {
    byte[][] values = new byte[count][];
    for (int i = 0; i < count; i++) {
      values[i] = shape.value(i, valueBytes);
    }
    return new Workload(values);
  }

  /** The records, for calls through the runtime. */
  public List<PluginRecord> records() {
    return records;
  }

  /** The records cut into consecutive runs of {@code size} (the last may be shorter). */
  public List<List<PluginRecord>> chunks(int size) {
    List<List<PluginRecord>> chunks = new java.util.ArrayList<>();
    for (int from = 0; from < records.size(); from += size) {
      chunks.add(records.subList(from, Math.min(records.size(), from + size)));
    }
    return chunks;
  }

  /** The same values as plain arrays, for the hand-written references. */
  public byte[][] values() {
    return values;
  }

  public int size() {
    return values.length;
  }

  /** How a record's value looks. */
  public enum Shape {
    /** Log lines, every other one containing {@code error}. */
    MIXED_LOG,
    /** Log lines that all contain {@code error}: a filter keeps every record. */
    ALL_KEPT,
    /** Log lines without {@code error}: a filter drops every record. */
    ALL_DROPPED,
    /** JSON objects with a {@code name} field. */
    JSON;

    byte[] value(int index, int size) {
      String text =
          switch (this) {
            case MIXED_LOG -> logLine(index, index % 2 == 0);
            case ALL_KEPT -> logLine(index, true);
            case ALL_DROPPED -> logLine(index, false);
            case JSON ->
                "{\"id\":" + index + ",\"name\":\"ada lovelace " + index + "\",\"note\":\"";
          };
      String tail = this == JSON ? "\"}" : "";
      byte[] head = text.getBytes(StandardCharsets.US_ASCII);
      if (head.length + tail.length() > size) {
        throw new IllegalArgumentException(
            "a record of [" + size + "] bytes is too small for the " + this + " shape");
      }
      byte[] value = new byte[size];
      System.arraycopy(head, 0, value, 0, head.length);
      Arrays.fill(value, head.length, size - tail.length(), (byte) 'x');
      for (int i = 0; i < tail.length(); i++) {
        value[size - tail.length() + i] = (byte) tail.charAt(i);
      }
      return value;
    }

    private static String logLine(int index, boolean error) {
      return "2024-05-01T10:00:"
          + (10 + index % 50)
          + "Z host-"
          + index % 7
          + (error ? " error: disk full on /dev/sda1 " : " info: request served in 12 ms ");
    }
  }
}
