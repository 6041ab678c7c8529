package io.dataflare.testkit.properties;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.runtime.PluginManifest;
import java.util.EnumSet;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What generated records may be: the kinds of values, the largest batch and value, the depth of
 * JSON, and whether text may hold invalid UTF-8. Random tries stay small and grow with the size;
 * the largest batch and value appear as edge cases.
 *
 * <pre>{@code
 * RecordShape.forPlugin(manifest).withValues(ValueKind.JSON).withJsonDepth(3)
 * }</pre>
 *
 * @param values the kinds of values, the first being the simplest
 * @param maxBatch most records in one batch (a plugin's {@code [runtime] batch_size})
 * @param maxValueBytes most bytes in one value
 * @param jsonDepth most nesting of JSON arrays and objects
 * @param invalidUtf8 whether text values may hold invalid UTF-8 sequences
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RecordShape(
    List<ValueKind> values, int maxBatch, int maxValueBytes, int jsonDepth, boolean invalidUtf8) {

  /** A value is at most this big, whatever the memory limit. */
  public static final int LARGEST_VALUE_BYTES = 256 << 10;

  public RecordShape {
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("give at least one value kind, e.g. ValueKind.TEXT");
    }
    if (values.size() != EnumSet.copyOf(values).size()) {
      throw new IllegalArgumentException("value kinds " + values + " repeat a kind");
    }
    if (maxBatch < 1) {
      throw new IllegalArgumentException("maxBatch must be at least 1 but was [" + maxBatch + "]");
    }
    if (maxValueBytes < 0) {
      throw new IllegalArgumentException(
          "maxValueBytes must not be negative but was [" + maxValueBytes + "]");
    }
    if (jsonDepth < 0) {
      throw new IllegalArgumentException(
          "jsonDepth must not be negative but was [" + jsonDepth + "]");
    }
  }

  /**
   * Any bytes, text or JSON (depth 4), valid UTF-8, batches of up to 1000 records and values of up
   * to 64 KiB.
   */
  public static RecordShape defaults() {
    return new RecordShape(
        List.of(ValueKind.BYTES, ValueKind.TEXT, ValueKind.JSON), 1000, 64 << 10, 4, false);
  }

  /**
   * The defaults, with the largest batch the plugin's {@code [runtime] batch_size} and the largest
   * value a sixteenth of its {@code max_memory_mb}, at most {@value #LARGEST_VALUE_BYTES} bytes.
   */
  public static RecordShape forPlugin(PluginManifest manifest) {
    long sixteenth = (long) manifest.runtime().maxMemoryMb() * (1 << 20) / 16;
    return defaults()
        .withMaxBatch(manifest.runtime().batchSize())
        .withMaxValueBytes((int) Math.min(LARGEST_VALUE_BYTES, sixteenth));
  }

  /** Only these kinds of values, the first being the simplest. */
  public RecordShape withValues(ValueKind... kinds) {
    return new RecordShape(List.of(kinds), maxBatch, maxValueBytes, jsonDepth, invalidUtf8);
  }

  public RecordShape withMaxBatch(int records) {
    return new RecordShape(values, records, maxValueBytes, jsonDepth, invalidUtf8);
  }

  public RecordShape withMaxValueBytes(int bytes) {
    return new RecordShape(values, maxBatch, bytes, jsonDepth, invalidUtf8);
  }

  public RecordShape withJsonDepth(int depth) {
    return new RecordShape(values, maxBatch, maxValueBytes, depth, invalidUtf8);
  }

  /** Text values (and text keys) that may hold invalid UTF-8: for robustness. */
  public RecordShape withInvalidUtf8(boolean invalid) {
    return new RecordShape(values, maxBatch, maxValueBytes, jsonDepth, invalid);
  }
}
