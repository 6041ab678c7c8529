package io.dataflare.plugin;

import static org.apiguardian.api.API.Status.STABLE;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a plugin did with one record: a closed set of outcomes.
 *
 * <p>{@link #keep()} and {@link #drop()} return shared instances, so a filter allocates nothing per
 * record.
 */
@API(status = STABLE, since = "0.1")
public sealed interface PluginResult
    permits PluginResult.Keep,
        PluginResult.Drop,
        PluginResult.Replace,
        PluginResult.Emit,
        PluginResult.Failure {

  /** Pass the record on unchanged. */
  static PluginResult keep() {
    return Keep.INSTANCE;
  }

  /** Drop the record. */
  static PluginResult drop() {
    return Drop.INSTANCE;
  }

  /** Pass the record on with this value (taken, not copied); key and metadata are kept. */
  static PluginResult replace(byte[] value) {
    return new Replace(value);
  }

  /** Pass the record on with this UTF-8 text as its value. */
  static PluginResult replace(String text) {
    return new Replace(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Emit these values, in order, each as a record with the input's key and metadata. */
  static PluginResult emit(List<byte[]> values) {
    return new Emit(List.copyOf(values));
  }

  /** The plugin could not process the record. */
  static PluginResult failure(FailureKind kind, String message) {
    return new Failure(kind, message);
  }

  /** Keep the record as it is. */
  final class Keep implements PluginResult {
    static final Keep INSTANCE = new Keep();

    private Keep() {}

    @Override
    public String toString() {
      return "keep";
    }
  }

  /** Drop the record. */
  final class Drop implements PluginResult {
    static final Drop INSTANCE = new Drop();

    private Drop() {}

    @Override
    public String toString() {
      return "drop";
    }
  }

  /** Replace the record's value. */
  record Replace(byte[] value) implements PluginResult {
    public Replace {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return "replace(" + PluginRecord.printable(value) + ")";
    }
  }

  /** Emit zero or more values for one input record. */
  record Emit(List<byte[]> values) implements PluginResult {
    public Emit {
      Objects.requireNonNull(values, "values");
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder("emit[");
      for (int i = 0; i < values.size(); i++) {
        text.append(i == 0 ? "" : ", ").append(PluginRecord.printable(values.get(i)));
      }
      return text.append(']').toString();
    }
  }

  /** The plugin failed on this record. */
  record Failure(FailureKind kind, String message) implements PluginResult {
    public Failure {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(message, "message");
    }
  }
}
