package io.dataflare.plugin.legacy;

import static org.apiguardian.api.API.Status.DEPRECATED;

import io.dataflare.plugin.PluginRecord;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A record the old way: the value, key and metadata are copies the plugin may keep and change.
 * Making it costs a copy of each; that is the old interface's price.
 */
@API(status = DEPRECATED, since = "0.1")
public final class LegacyRecord {
  private final byte[] value;
  private final byte @Nullable [] key;
  private final Map<String, String> metadata;
  private final long timestamp;
  private final int partition;
  private final long offset;

  public LegacyRecord(
      byte[] value,
      byte @Nullable [] key,
      Map<String, String> metadata,
      long timestamp,
      int partition,
      long offset) {
    this.value = value;
    this.key = key;
    this.metadata = metadata;
    this.timestamp = timestamp;
    this.partition = partition;
    this.offset = offset;
  }

  /** Copies a new-style record. */
  public static LegacyRecord copyOf(PluginRecord record) {
    return new LegacyRecord(
        record.valueBytes(),
        record.keyBytes().orElse(null),
        new java.util.HashMap<>(record.metadata()),
        record.timestamp(),
        record.partition(),
        record.offset());
  }

  /** The value bytes (the record's own copy). */
  public byte[] getValue() {
    return value;
  }

  /** The value as UTF-8 text. */
  public String getValueAsString() {
    return new String(value, StandardCharsets.UTF_8);
  }

  /** The key bytes, if the record has a key. */
  public Optional<byte[]> getKey() {
    return Optional.ofNullable(key);
  }

  /** The metadata (the record's own mutable copy). */
  public Map<String, String> getMetadata() {
    return metadata;
  }

  public long getTimestamp() {
    return timestamp;
  }

  public int getPartition() {
    return partition;
  }

  public long getOffset() {
    return offset;
  }
}
