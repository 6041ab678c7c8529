package io.dataflare.testkit.assertions;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.Mismatch;
import io.dataflare.testkit.internal.Json;
import io.dataflare.testkit.internal.RecordChecks;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one output record, reached through {@code outputAt(index)}; failures name the
 * record's index and the field.
 */
@API(status = STABLE, since = "0.1")
public final class OutputRecordAssert extends AbstractAssert<OutputRecordAssert, PluginRecord> {
  private final int index;

  OutputRecordAssert(PluginRecord actual, int index) {
    super(actual, OutputRecordAssert.class);
    this.index = index;
  }

  /** The value is this UTF-8 text. */
  public OutputRecordAssert hasValue(String text) {
    byte[] expected = text.getBytes(StandardCharsets.UTF_8);
    String expectedText = PluginRecord.printable(expected);
    String actualText = PluginRecord.printable(actual.valueBytes());
    return check(
        RecordChecks.bytesEqual(
            index, "value", expected, actual.valueBytes(), expectedText, actualText));
  }

  /**
   * The value parses as JSON equal to {@code json}: key order, whitespace and number spelling do
   * not matter.
   *
   * @throws IllegalArgumentException when {@code json} is not JSON
   */
  public OutputRecordAssert hasJsonEqualTo(String json) {
    return check(RecordChecks.jsonEquals(index, "value", Json.parse(json), actual.valueBytes()));
  }

  /**
   * The value parses as JSON containing {@code json}: objects as subsets, recursively; arrays and
   * scalars equal.
   *
   * @throws IllegalArgumentException when {@code json} is not JSON
   */
  public OutputRecordAssert containsJson(String json) {
    return check(RecordChecks.jsonContains(index, Json.parse(json), actual.valueBytes()));
  }

  /** The record has this metadata entry (and possibly others). */
  public OutputRecordAssert hasMetadata(String name, String value) {
    return check(RecordChecks.hasMetadata(index, Map.of(name, value), actual));
  }

  /** The record's key is this UTF-8 text. */
  public OutputRecordAssert hasKey(String key) {
    return check(RecordChecks.hasKey(index, key.getBytes(StandardCharsets.UTF_8), actual));
  }

  private OutputRecordAssert check(Optional<Mismatch> mismatch) {
    isNotNull();
    mismatch.ifPresent(
        m -> failWithActualExpectedAndMessage(m.actual(), m.expected(), "%s", m.message()));
    return myself;
  }
}
