package io.dataflare.testkit.properties.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.plugin.PluginRecord;
import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Generated values as text for failure reports: records as {@code PluginRecord.toString} writes
 * them (text quoted, other bytes in hex) with long values cut, batches one record per line.
 */
@API(status = INTERNAL, since = "0.1")
public final class ValueText {
  /** Values longer than this many bytes are cut in reports. */
  static final int MAX_SHOWN_BYTES = 96;

  /** Batches longer than this many records show only their first ones. */
  static final int MAX_SHOWN_RECORDS = 10;

  private static final int MAX_TEXT = 4_000;

  /** A value that knows how to show itself in a report. */
  public interface Shown {
    String show();
  }

  private ValueText() {}

  public static String show(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Shown shown) {
      return shown.show();
    }
    if (value instanceof PluginRecord record) {
      return record(record);
    }
    if (value instanceof byte[] bytes) {
      return bytes(bytes);
    }
    if (value instanceof List<?> list && isBatch(list)) {
      return batch(cast(list));
    }
    if (value instanceof List<?> list
        && !list.isEmpty()
        && list.stream().allMatch(ValueText::isBatchObject)) {
      return batches(list.stream().map(ValueText::cast).toList());
    }
    String text = String.valueOf(value);
    return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "... (cut)" : text;
  }

  /** A batch, one numbered record per line. */
  public static String batch(List<PluginRecord> records) {
    if (records.isEmpty()) {
      return "an empty batch";
    }
    StringBuilder text =
        new StringBuilder("a batch of ")
            .append(records.size())
            .append(records.size() == 1 ? " record:" : " records:");
    for (int i = 0; i < Math.min(records.size(), MAX_SHOWN_RECORDS); i++) {
      text.append("\n  [").append(i).append("] ").append(record(records.get(i)));
    }
    if (records.size() > MAX_SHOWN_RECORDS) {
      text.append("\n  ... and ").append(records.size() - MAX_SHOWN_RECORDS).append(" more");
    }
    return text.toString();
  }

  /** Several batches, each numbered; one batch as a batch. */
  public static String batches(List<List<PluginRecord>> batches) {
    if (batches.size() == 1) {
      return batch(batches.get(0));
    }
    StringBuilder text =
        new StringBuilder()
            .append(batches.size())
            .append(batches.size() == 1 ? " batch:" : " batches, in order:");
    for (int i = 0; i < batches.size(); i++) {
      text.append("\nbatch ")
          .append(i)
          .append(": ")
          .append(batch(batches.get(i)).replace("\n", "\n  "));
    }
    return text.toString();
  }

  /** A record with its value and key cut to {@link #MAX_SHOWN_BYTES}. */
  public static String record(PluginRecord record) {
    StringBuilder text =
        new StringBuilder("PluginRecord[value=").append(bytes(record.valueBytes()));
    record.keyBytes().ifPresent(key -> text.append(", key=").append(bytes(key)));
    if (!record.metadata().isEmpty()) {
      text.append(", metadata=").append(record.metadata());
    }
    if (record.timestamp() != 0) {
      text.append(", timestamp=").append(record.timestamp());
    }
    if (record.partition() != 0) {
      text.append(", partition=").append(record.partition());
    }
    if (record.offset() != 0) {
      text.append(", offset=").append(record.offset());
    }
    return text.append(']').toString();
  }

  /** Bytes as quoted text or hex, cut after {@link #MAX_SHOWN_BYTES} with the full length. */
  public static String bytes(byte[] bytes) {
    if (bytes.length <= MAX_SHOWN_BYTES) {
      return PluginRecord.printable(bytes);
    }
    return PluginRecord.printable(Arrays.copyOf(bytes, MAX_SHOWN_BYTES))
        + "... ("
        + bytes.length
        + " bytes)";
  }

  private static boolean isBatch(List<?> list) {
    return list.stream().allMatch(PluginRecord.class::isInstance);
  }

  private static boolean isBatchObject(@Nullable Object value) {
    return value instanceof List<?> list && isBatch(list);
  }

  @SuppressWarnings("unchecked")
  private static List<PluginRecord> cast(@Nullable Object list) {
    return (List<PluginRecord>) list;
  }
}
