package io.dataflare.plugin.legacy;

import static org.apiguardian.api.API.Status.DEPRECATED;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What an old plugin returned for one record: filtered (kept or not), mapped to a new value,
 * multiple values, or an error.
 */
@API(status = DEPRECATED, since = "0.1")
public final class LegacyResult {
  /** The four outcomes of the old interface. */
  public enum Kind {
    FILTERED,
    MAPPED,
    MULTIPLE,
    ERROR
  }

  private static final LegacyResult PASSED =
      new LegacyResult(Kind.FILTERED, true, null, null, null);
  private static final LegacyResult REJECTED =
      new LegacyResult(Kind.FILTERED, false, null, null, null);

  private final Kind kind;
  private final boolean passed;
  private final byte @Nullable [] value;
  private final @Nullable List<byte[]> values;
  private final @Nullable String error;

  private LegacyResult(
      Kind kind,
      boolean passed,
      byte @Nullable [] value,
      @Nullable List<byte[]> values,
      @Nullable String error) {
    this.kind = kind;
    this.passed = passed;
    this.value = value;
    this.values = values;
    this.error = error;
  }

  /** The filter's verdict: {@code true} passes the record on, {@code false} drops it. */
  public static LegacyResult filtered(boolean passed) {
    return passed ? PASSED : REJECTED;
  }

  /** The record with this new value. */
  public static LegacyResult mapped(byte[] value) {
    return new LegacyResult(Kind.MAPPED, true, Objects.requireNonNull(value, "value"), null, null);
  }

  /** The record with this new UTF-8 text value. */
  public static LegacyResult mapped(String text) {
    return mapped(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Several records, one per value, in order (none drops the record). */
  public static LegacyResult multiple(List<byte[]> values) {
    return new LegacyResult(Kind.MULTIPLE, true, null, List.copyOf(values), null);
  }

  /** The record could not be processed. */
  public static LegacyResult error(String message) {
    return new LegacyResult(
        Kind.ERROR, false, null, null, Objects.requireNonNull(message, "message"));
  }

  public Kind kind() {
    return kind;
  }

  /** For {@link Kind#FILTERED}: whether the record passed. */
  public boolean passed() {
    return passed;
  }

  /** For {@link Kind#MAPPED}: the new value. */
  public byte[] value() {
    return Objects.requireNonNull(value, "not a mapped result");
  }

  /** For {@link Kind#MULTIPLE}: the values. */
  public List<byte[]> values() {
    return Objects.requireNonNull(values, "not a multiple result");
  }

  /** For {@link Kind#ERROR}: the message. */
  public String error() {
    return Objects.requireNonNull(error, "not an error result");
  }

  @Override
  public String toString() {
    switch (kind) {
      case FILTERED:
        return "filtered(" + passed + ")";
      case MAPPED:
        return "mapped(" + io.dataflare.plugin.PluginRecord.printable(value()) + ")";
      case MULTIPLE:
        return "multiple(" + values().size() + " values)";
      default:
        return "error(" + error + ")";
    }
  }
}
