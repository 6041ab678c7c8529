package io.dataflare.testkit.properties.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.properties.Choices;
import io.dataflare.testkit.properties.RecordShape;
import io.dataflare.testkit.properties.ValueKind;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The parts of a record as choices: the value (of the shape's kinds), the key (absent, empty or
 * present), metadata, timestamp, partition and offset. All-zero choices make the simplest record:
 * an empty value and nothing else.
 */
@API(status = INTERNAL, since = "0.1")
public final class RecordParts {
  private static final List<String> METADATA_NAMES =
      List.of("source", "content-type", "trace-id", "tenant", "shard");
  private static final long RECENT_MILLIS = 1_600_000_000_000L;

  private RecordParts() {}

  public static PluginRecord record(Choices choices, RecordShape shape) {
    PluginRecord.Builder record = PluginRecord.builder().value(value(choices, shape));
    return rest(choices, shape, record);
  }

  /**
   * A record with a long value of one repeated character: its length is a choice of its own (the
   * edge case replays it as the shape's largest), so shrinking shortens the value.
   */
  public static PluginRecord largest(Choices choices, RecordShape shape) {
    ValueKind kind = shape.values().get(choices.chooseInt(shape.values().size() - 1));
    int size = (int) choices.choose(shape.maxValueBytes());
    byte[] value = new byte[size];
    byte fill = (byte) choices.chooseInt(kind == ValueKind.BYTES ? 255 : 25);
    Arrays.fill(value, kind == ValueKind.BYTES ? fill : (byte) ('a' + fill));
    if (kind == ValueKind.JSON) {
      value = jsonOfSize(value);
    }
    return rest(choices, shape, PluginRecord.builder().value(value));
  }

  /** {@code {"v":"aaa..."}} as long as {@code filled} (the shortest such document if shorter). */
  private static byte[] jsonOfSize(byte[] filled) {
    byte[] open = "{\"v\":\"".getBytes(StandardCharsets.US_ASCII);
    byte[] json = Arrays.copyOf(filled, Math.max(filled.length, open.length + 2));
    System.arraycopy(open, 0, json, 0, open.length);
    json[json.length - 2] = '"';
    json[json.length - 1] = '}';
    return json;
  }

  private static PluginRecord rest(
      Choices choices, RecordShape shape, PluginRecord.Builder record) {
    key(choices, shape).ifPresent(record::key);
    record.metadata(metadata(choices));
    return record
        .timestamp(timestamp(choices))
        .partition(choices.chooseInt(Integer.MAX_VALUE))
        .offset(choices.choose(Long.MAX_VALUE))
        .build();
  }

  public static byte[] value(Choices choices, RecordShape shape) {
    ValueKind kind = shape.values().get(choices.chooseInt(shape.values().size() - 1));
    int max = shape.maxValueBytes();
    return switch (kind) {
      case BYTES -> bytes(choices, max, Lists.average(choices, 1, 0.3, max));
      case TEXT ->
          Utf8Text.bytes(choices, max, Lists.average(choices, 1, 0.2, max), shape.invalidUtf8());
      case JSON -> json(choices, shape);
    };
  }

  private static byte[] json(Choices choices, RecordShape shape) {
    byte[] json = JsonText.document(choices, shape.jsonDepth()).getBytes(StandardCharsets.UTF_8);
    return json.length <= shape.maxValueBytes() ? json : new byte[0];
  }

  /** Arbitrary bytes, about {@code average} of them at random. */
  public static byte[] bytes(Choices choices, int max, double average) {
    List<Byte> bytes = Lists.many(choices, max, average, () -> (byte) choices.chooseInt(255));
    byte[] array = new byte[bytes.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = bytes.get(i);
    }
    return array;
  }

  /** Absent (the simplest), empty, or a short text or byte key. */
  public static Optional<byte[]> key(Choices choices, RecordShape shape) {
    return switch (choices.chooseInt(3)) {
      case 0 -> Optional.empty();
      case 1 -> Optional.of(new byte[0]);
      case 2 -> Optional.of(Utf8Text.bytes(choices, 64, 4, shape.invalidUtf8()));
      default -> Optional.of(bytes(choices, 64, 6));
    };
  }

  /** A few entries with common names or short ones; values are short text. */
  public static Map<String, String> metadata(Choices choices) {
    Map<String, String> metadata = new LinkedHashMap<>();
    Lists.many(
        choices,
        4,
        Lists.average(choices, 0.3, 0.02, 4),
        () -> {
          String name =
              choices.chance(0.3)
                  ? "x-" + Utf8Text.text(choices, 16, 2)
                  : METADATA_NAMES.get(choices.chooseInt(METADATA_NAMES.size() - 1));
          return metadata.put(name, Utf8Text.text(choices, 64, 4));
        });
    return metadata;
  }

  /** 0 (unknown), a recent time, any positive time, or a time before the epoch. */
  public static long timestamp(Choices choices) {
    return switch (choices.chooseInt(3)) {
      case 0 -> 0;
      case 1 -> RECENT_MILLIS + choices.choose(200_000_000_000L);
      case 2 -> choices.choose(Long.MAX_VALUE);
      default -> -1 - choices.choose(Long.MAX_VALUE - 1);
    };
  }
}
