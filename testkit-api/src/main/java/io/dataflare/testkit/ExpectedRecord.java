package io.dataflare.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.plugin.PluginRecord;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An output record a case expects: the value, and only those other fields the author gave.
 *
 * <p>The value is always compared: byte for byte, or as parsed JSON when it was given as JSON
 * ({@link Records#json}, {@code value_json}), so formatting and key order do not matter. The key is
 * compared when given (as JSON when given as JSON). Metadata, when given, must equal the output's
 * metadata exactly. Timestamp, partition and offset are compared when given.
 */
@API(status = STABLE, since = "0.1")
public final class ExpectedRecord {
  private final byte[] value;
  private final boolean valueJson;
  private final byte @Nullable [] key;
  private final boolean keyJson;
  private final @Nullable Map<String, String> metadata;
  private final @Nullable Long timestamp;
  private final @Nullable Integer partition;
  private final @Nullable Long offset;

  ExpectedRecord(
      byte[] value,
      boolean valueJson,
      byte @Nullable [] key,
      boolean keyJson,
      @Nullable Map<String, String> metadata,
      @Nullable Long timestamp,
      @Nullable Integer partition,
      @Nullable Long offset) {
    this.value = Objects.requireNonNull(value, "value");
    this.valueJson = valueJson;
    this.key = key;
    this.keyJson = keyJson;
    this.metadata =
        metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    this.timestamp = timestamp;
    this.partition = partition;
    this.offset = offset;
  }

  /**
   * Expects exactly this record's value bytes; its key, metadata, timestamp, partition and offset
   * only when present (a key) or non-empty / non-zero (the others), as {@link PluginRecord} cannot
   * tell 0 from unset.
   */
  public static ExpectedRecord of(PluginRecord record) {
    return new ExpectedRecord(
        record.valueBytes(),
        false,
        record.keyBytes().orElse(null),
        false,
        record.metadata().isEmpty() ? null : record.metadata(),
        record.timestamp() == 0 ? null : record.timestamp(),
        record.partition() == 0 ? null : record.partition(),
        record.offset() == 0 ? null : record.offset());
  }

  /** Expects an output whose value is this UTF-8 text, whatever its other fields. */
  public static ExpectedRecord value(String text) {
    return Records.text(text).expected();
  }

  /** A copy of the expected value bytes. */
  public byte[] value() {
    return value.clone();
  }

  /** Whether the value is compared as parsed JSON rather than byte for byte. */
  public boolean valueIsJson() {
    return valueJson;
  }

  /** The expected key, when it is compared. */
  public Optional<byte[]> key() {
    return key == null ? Optional.empty() : Optional.of(key.clone());
  }

  /** Whether the key is compared as parsed JSON. */
  public boolean keyIsJson() {
    return keyJson;
  }

  /** The expected metadata, when it is compared. */
  public Optional<Map<String, String>> metadata() {
    return Optional.ofNullable(metadata);
  }

  public OptionalLong timestamp() {
    return timestamp == null ? OptionalLong.empty() : OptionalLong.of(timestamp);
  }

  public OptionalInt partition() {
    return partition == null ? OptionalInt.empty() : OptionalInt.of(partition);
  }

  public OptionalLong offset() {
    return offset == null ? OptionalLong.empty() : OptionalLong.of(offset);
  }

  /** The fields given, in the TOML inline-table form authors write. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("{ ");
    text.append(valueJson ? "value_json = " : "value = ").append(PluginRecord.printable(value));
    if (key != null) {
      text.append(keyJson ? ", key_json = " : ", key = ").append(PluginRecord.printable(key));
    }
    if (metadata != null) {
      text.append(", metadata = ").append(metadata);
    }
    if (timestamp != null) {
      text.append(", timestamp = ").append(timestamp);
    }
    if (partition != null) {
      text.append(", partition = ").append(partition);
    }
    if (offset != null) {
      text.append(", offset = ").append(offset);
    }
    return text.append(" }").toString();
  }
}
