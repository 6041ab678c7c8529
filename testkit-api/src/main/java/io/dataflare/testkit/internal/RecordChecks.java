package io.dataflare.testkit.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.ExpectedRecord;
import io.dataflare.testkit.Mismatch;
import io.dataflare.testkit.internal.mismatch.ShouldBeJson;
import io.dataflare.testkit.internal.mismatch.ShouldContainJson;
import io.dataflare.testkit.internal.mismatch.ShouldEqualJson;
import io.dataflare.testkit.internal.mismatch.ShouldHaveField;
import io.dataflare.testkit.internal.mismatch.ShouldHaveMetadata;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Checks on one output record, shared by the expectations and the assertions so each comparison is
 * written once.
 */
@API(status = INTERNAL, since = "0.1")
public final class RecordChecks {
  private static final String NO_KEY = "(no key)";

  private RecordChecks() {}

  /**
   * The first field in which {@code actual} differs from {@code expected}: value, key, metadata,
   * timestamp, partition, offset, in that order.
   *
   * @param expectedText the IDE diff's expected side when a plain field differs
   * @param actualText the IDE diff's actual side when a plain field differs
   */
  public static Optional<Mismatch> differs(
      int index,
      ExpectedRecord expected,
      PluginRecord actual,
      String expectedText,
      String actualText) {
    Optional<Mismatch> value =
        expected.valueIsJson()
            ? jsonEquals(
                index, "value", Json.tryParse(expected.value()).orElseThrow(), actual.valueBytes())
            : bytesEqual(
                index, "value", expected.value(), actual.valueBytes(), expectedText, actualText);
    if (value.isPresent()) {
      return value;
    }
    if (expected.key().isPresent()) {
      byte[] expectedKey = expected.key().get();
      Optional<byte[]> actualKey = actual.keyBytes();
      if (actualKey.isEmpty()) {
        return Optional.of(
            ShouldHaveField.create(
                index,
                "key",
                PluginRecord.printable(expectedKey),
                NO_KEY,
                expectedText,
                actualText));
      }
      Optional<Mismatch> key =
          expected.keyIsJson()
              ? jsonEquals(index, "key", Json.tryParse(expectedKey).orElseThrow(), actualKey.get())
              : bytesEqual(index, "key", expectedKey, actualKey.get(), expectedText, actualText);
      if (key.isPresent()) {
        return key;
      }
    }
    if (expected.metadata().isPresent() && !expected.metadata().get().equals(actual.metadata())) {
      return Optional.of(
          ShouldHaveField.create(
              index,
              "metadata",
              expected.metadata().get().toString(),
              actual.metadata().toString(),
              expectedText,
              actualText));
    }
    if (expected.timestamp().isPresent()
        && expected.timestamp().getAsLong() != actual.timestamp()) {
      return Optional.of(
          field(
              index,
              "timestamp",
              expected.timestamp().getAsLong(),
              actual.timestamp(),
              expectedText,
              actualText));
    }
    if (expected.partition().isPresent() && expected.partition().getAsInt() != actual.partition()) {
      return Optional.of(
          field(
              index,
              "partition",
              expected.partition().getAsInt(),
              actual.partition(),
              expectedText,
              actualText));
    }
    if (expected.offset().isPresent() && expected.offset().getAsLong() != actual.offset()) {
      return Optional.of(
          field(
              index,
              "offset",
              expected.offset().getAsLong(),
              actual.offset(),
              expectedText,
              actualText));
    }
    return Optional.empty();
  }

  private static Mismatch field(
      int index, String name, long expected, long actual, String expectedText, String actualText) {
    return ShouldHaveField.create(
        index, name, String.valueOf(expected), String.valueOf(actual), expectedText, actualText);
  }

  /** Whether bytes are equal, printing both as text or hex when not. */
  public static Optional<Mismatch> bytesEqual(
      int index,
      String field,
      byte[] expected,
      byte[] actual,
      String expectedText,
      String actualText) {
    if (Arrays.equals(expected, actual)) {
      return Optional.empty();
    }
    return Optional.of(
        ShouldHaveField.create(
            index,
            field,
            PluginRecord.printable(expected),
            PluginRecord.printable(actual),
            expectedText,
            actualText));
  }

  /** Whether {@code actual} parses as JSON equal to {@code expected}. */
  public static Optional<Mismatch> jsonEquals(
      int index, String field, JsonNode expected, byte[] actual) {
    Optional<JsonNode> parsed = Json.tryParse(actual);
    if (parsed.isEmpty()) {
      return Optional.of(ShouldBeJson.create(index, field, actual, Json.pretty(expected)));
    }
    return JsonComparison.difference(expected, parsed.get())
        .map(
            difference -> ShouldEqualJson.create(index, field, difference, expected, parsed.get()));
  }

  /** Whether the value parses as JSON containing {@code subset} (see {@link JsonComparison}). */
  public static Optional<Mismatch> jsonContains(int index, JsonNode subset, byte[] actual) {
    Optional<JsonNode> parsed = Json.tryParse(actual);
    if (parsed.isEmpty()) {
      return Optional.of(ShouldBeJson.create(index, "value", actual, Json.pretty(subset)));
    }
    return JsonComparison.missingFrom(subset, parsed.get())
        .map(difference -> ShouldContainJson.create(index, difference, subset, parsed.get()));
  }

  /** Whether the record has every one of these metadata entries (others may be present). */
  public static Optional<Mismatch> hasMetadata(
      int index, Map<String, String> expected, PluginRecord actual) {
    for (Map.Entry<String, String> entry : expected.entrySet()) {
      String value = actual.metadata().get(entry.getKey());
      if (!entry.getValue().equals(value)) {
        return Optional.of(
            ShouldHaveMetadata.create(
                index, entry.getKey(), entry.getValue(), value, actual.metadata()));
      }
    }
    return Optional.empty();
  }

  /** Whether the record has exactly this key. */
  public static Optional<Mismatch> hasKey(int index, byte[] expected, PluginRecord actual) {
    String expectedText = PluginRecord.printable(expected);
    Optional<byte[]> key = actual.keyBytes();
    if (key.isEmpty()) {
      return Optional.of(
          ShouldHaveField.create(index, "key", expectedText, NO_KEY, expectedText, NO_KEY));
    }
    String actualText = PluginRecord.printable(key.get());
    return bytesEqual(index, "key", expected, key.get(), expectedText, actualText);
  }
}
