package io.dataflare.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.internal.ByteForms;
import io.dataflare.testkit.internal.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A record being written by a spec author; start one with {@link Records}. The same builder makes
 * an input record ({@link #build()}) or an expected output ({@link #expected()}), where a JSON
 * value or key is compared as JSON and fields not given are not compared.
 *
 * <pre>{@code
 * Records.json("{\"user\": \"ada\"}").key("u-1").metadata("source", "web").partition(3)
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class RecordBuilder {
  private final byte[] value;
  private final boolean valueJson;
  private byte @Nullable [] key;
  private boolean keyJson;
  private @Nullable Map<String, String> metadata;
  private @Nullable Long timestamp;
  private @Nullable Integer partition;
  private @Nullable Long offset;

  RecordBuilder(byte[] value, boolean valueJson) {
    this.value = Objects.requireNonNull(value, "value");
    this.valueJson = valueJson;
  }

  /** The key as UTF-8 text. */
  public RecordBuilder key(String text) {
    return key(text.getBytes(StandardCharsets.UTF_8), false);
  }

  /** The key bytes (copied). */
  public RecordBuilder key(byte[] bytes) {
    return key(bytes.clone(), false);
  }

  /**
   * The key as JSON text, compared as JSON in expectations.
   *
   * @throws IllegalArgumentException when the text is not JSON
   */
  public RecordBuilder keyJson(String json) {
    return key(Json.bytes(Json.parse(json)), true);
  }

  /**
   * The key as hexadecimal digits.
   *
   * @throws IllegalArgumentException when the text is not hex
   */
  public RecordBuilder keyHex(String hex) {
    return key(ByteForms.hex(hex), false);
  }

  /**
   * The key as base64.
   *
   * @throws IllegalArgumentException when the text is not base64
   */
  public RecordBuilder keyBase64(String base64) {
    return key(ByteForms.base64(base64), false);
  }

  private RecordBuilder key(byte[] bytes, boolean json) {
    this.key = bytes;
    this.keyJson = json;
    return this;
  }

  /** Adds one metadata entry. */
  public RecordBuilder metadata(String name, String value) {
    if (metadata == null) {
      metadata = new LinkedHashMap<>();
    }
    metadata.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return this;
  }

  /** Adds these metadata entries, in their iteration order. */
  public RecordBuilder metadata(Map<String, String> entries) {
    if (metadata == null) {
      metadata = new LinkedHashMap<>();
    }
    entries.forEach(this::metadata);
    return this;
  }

  /** Event time in milliseconds since the epoch. */
  public RecordBuilder timestamp(long epochMillis) {
    this.timestamp = epochMillis;
    return this;
  }

  /** Event time. */
  public RecordBuilder timestamp(Instant time) {
    return timestamp(time.toEpochMilli());
  }

  public RecordBuilder partition(int partition) {
    this.partition = partition;
    return this;
  }

  public RecordBuilder offset(long offset) {
    this.offset = offset;
    return this;
  }

  /** The input record: fields not given are absent (key) or 0 / empty. */
  public PluginRecord build() {
    PluginRecord.Builder record = PluginRecord.builder().value(value.clone());
    if (key != null) {
      record.key(key.clone());
    }
    if (metadata != null) {
      record.metadata(metadata);
    }
    if (timestamp != null) {
      record.timestamp(timestamp);
    }
    if (partition != null) {
      record.partition(partition);
    }
    if (offset != null) {
      record.offset(offset);
    }
    return record.build();
  }

  /** The expected output record: only the fields given are compared. */
  public ExpectedRecord expected() {
    return new ExpectedRecord(
        value.clone(),
        valueJson,
        key == null ? null : key.clone(),
        keyJson,
        metadata,
        timestamp,
        partition,
        offset);
  }

  @Override
  public String toString() {
    return expected().toString();
  }
}
