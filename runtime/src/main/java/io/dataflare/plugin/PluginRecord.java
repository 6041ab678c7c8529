package io.dataflare.plugin;

import static org.apiguardian.api.API.Status.STABLE;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One record handed to a plugin: a value, an optional key, metadata, timestamp, partition and
 * offset.
 *
 * <p>A record is immutable and exposes its bytes as read-only views: {@link #value()} wraps the
 * record's own array, so a native plugin reads the bytes without a copy. Callers that need an array
 * of their own use {@link #valueBytes()}, which copies.
 */
@API(status = STABLE, since = "0.1")
public final class PluginRecord {

  private static final byte[] EMPTY = new byte[0];

  private final byte[] value;

  /**
   * {@code value.length}, kept beside the reference: it fits in the object's padding, and a loop
   * that reads only lengths (an aggregate summing sizes) then touches one object per record instead
   * of two (the record and its array's header).
   */
  private final int valueLength;

  private final byte @Nullable [] key;
  private final Map<String, String> metadata;
  private final long timestamp;
  private final int partition;
  private final long offset;

  private PluginRecord(Builder builder) {
    this(
        builder.value,
        builder.key,
        builder.metadata.isEmpty()
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(builder.metadata)),
        builder.timestamp,
        builder.partition,
        builder.offset);
  }

  /** Takes every field as it is: {@code metadata} must already be a private, unmodifiable map. */
  private PluginRecord(
      byte[] value,
      byte @Nullable [] key,
      Map<String, String> metadata,
      long timestamp,
      int partition,
      long offset) {
    this.value = value;
    this.valueLength = value.length;
    this.key = key;
    this.metadata = metadata;
    this.timestamp = timestamp;
    this.partition = partition;
    this.offset = offset;
  }

  /** A record with this value (taken, not copied) and default key, metadata and position. */
  public static PluginRecord of(byte[] value) {
    return builder().value(value).build();
  }

  /** A record whose value is {@code text} in UTF-8. */
  public static PluginRecord ofText(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Starts a record. The builder takes arrays without copying: do not change them afterwards. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this record's fields, for a record that differs in a few of them. */
  public Builder toBuilder() {
    Builder builder =
        builder().value(value).metadata(metadata).timestamp(timestamp).partition(partition);
    builder.offset(offset);
    if (key != null) {
      builder.key(key);
    }
    return builder;
  }

  /** A read-only view of the value bytes; no copy is made. */
  public ByteBuffer value() {
    return ByteBuffer.wrap(value).asReadOnlyBuffer();
  }

  /** Number of bytes in the value. */
  public int valueLength() {
    return valueLength;
  }

  /** The value byte at {@code index}, without allocating. */
  public byte valueAt(int index) {
    return value[index];
  }

  /** A copy of the value bytes. */
  public byte[] valueBytes() {
    return value.clone();
  }

  /** Copies the value into {@code dest} at {@code destOffset}; for hosts that batch records. */
  public void copyValueTo(byte[] dest, int destOffset) {
    System.arraycopy(value, 0, dest, destOffset, value.length);
  }

  /** The value decoded as UTF-8 (malformed bytes become U+FFFD). */
  public String valueAsString() {
    return new String(value, StandardCharsets.UTF_8);
  }

  /** A read-only view of the key, or empty when the record has none. */
  public Optional<ByteBuffer> key() {
    return key == null ? Optional.empty() : Optional.of(ByteBuffer.wrap(key).asReadOnlyBuffer());
  }

  /** Whether the record has a key (an empty key is a key). */
  public boolean hasKey() {
    return key != null;
  }

  /** Number of key bytes, or -1 when the record has no key. */
  public int keyLength() {
    return key == null ? -1 : key.length;
  }

  /** A copy of the key bytes, or empty. */
  public Optional<byte[]> keyBytes() {
    return key == null ? Optional.empty() : Optional.of(key.clone());
  }

  /** Copies the key into {@code dest}; does nothing when there is no key. */
  public void copyKeyTo(byte[] dest, int destOffset) {
    if (key != null) {
      System.arraycopy(key, 0, dest, destOffset, key.length);
    }
  }

  /** Unmodifiable metadata, in insertion order. */
  public Map<String, String> metadata() {
    return metadata;
  }

  /** Event time in milliseconds since the epoch; 0 when unknown. */
  public long timestamp() {
    return timestamp;
  }

  /** Source partition; 0 when unknown. */
  public int partition() {
    return partition;
  }

  /** Offset within the partition; 0 when unknown. */
  public long offset() {
    return offset;
  }

  /** This record with another value; the key, metadata and position are kept. */
  public PluginRecord withValue(byte[] newValue) {
    // the metadata map is unmodifiable and this record's own: the new record shares it (a map's
    // outputs cost one object each, not two copies of the metadata)
    return new PluginRecord(
        Objects.requireNonNull(newValue, "newValue"), key, metadata, timestamp, partition, offset);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof PluginRecord that)) {
      return false;
    }
    return timestamp == that.timestamp
        && partition == that.partition
        && offset == that.offset
        && Arrays.equals(value, that.value)
        && Arrays.equals(key, that.key)
        && metadata.equals(that.metadata);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        Arrays.hashCode(value), Arrays.hashCode(key), metadata, timestamp, partition, offset);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("PluginRecord[value=").append(printable(value));
    if (key != null) {
      text.append(", key=").append(printable(key));
    }
    if (!metadata.isEmpty()) {
      text.append(", metadata=").append(metadata);
    }
    if (timestamp != 0) {
      text.append(", timestamp=").append(timestamp);
    }
    if (partition != 0) {
      text.append(", partition=").append(partition);
    }
    if (offset != 0) {
      text.append(", offset=").append(offset);
    }
    return text.append(']').toString();
  }

  /** Shows bytes as quoted UTF-8 when they decode cleanly, as hex otherwise. */
  public static String printable(byte[] bytes) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
            .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    try {
      String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
      if (text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\t')) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
      }
    } catch (java.nio.charset.CharacterCodingException e) {
      // not text: fall through to hex
    }
    StringBuilder hex = new StringBuilder("hex:");
    for (byte b : bytes) {
      hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return hex.toString();
  }

  /** Builds a {@link PluginRecord}; the value defaults to empty, everything else to absent or 0. */
  public static final class Builder {
    private byte[] value = EMPTY;
    private byte @Nullable [] key;
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private long timestamp;
    private int partition;
    private long offset;

    private Builder() {}

    /** The value bytes, taken without a copy. */
    public Builder value(byte[] value) {
      this.value = Objects.requireNonNull(value, "value");
      return this;
    }

    /** The value as UTF-8 text. */
    public Builder value(String text) {
      return value(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The key bytes (an empty array is an empty key, not an absent one). */
    public Builder key(byte[] key) {
      this.key = Objects.requireNonNull(key, "key");
      return this;
    }

    /** The key as UTF-8 text. */
    public Builder key(String text) {
      return key(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Removes the key. */
    public Builder noKey() {
      this.key = null;
      return this;
    }

    /** Adds one metadata entry. */
    public Builder metadata(String name, String value) {
      metadata.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Adds all these metadata entries. */
    public Builder metadata(Map<String, String> entries) {
      entries.forEach(this::metadata);
      return this;
    }

    public Builder timestamp(long timestamp) {
      this.timestamp = timestamp;
      return this;
    }

    public Builder partition(int partition) {
      this.partition = partition;
      return this;
    }

    public Builder offset(long offset) {
      this.offset = offset;
      return this;
    }

    public PluginRecord build() {
      return new PluginRecord(this);
    }
  }
}
