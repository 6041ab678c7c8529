package io.dataflare.testkit.properties.internal.contracts;

import io.dataflare.plugin.FailureKind;
import io.dataflare.runtime.BatchResult;
import io.dataflare.runtime.OutputRecord;
import io.dataflare.runtime.PluginFailure;
import io.dataflare.testkit.properties.internal.ValueText;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one batch came to, as the contracts compare it: the outputs (each with its source index), or
 * the failure's kind and record. Two failures are the same when their kinds are and their records
 * are, unless one concerns the whole batch; messages are shown, not compared.
 *
 * @param outputs the outputs, empty on failure
 * @param failure the failure, or null
 */
record Outcome(List<OutputRecord> outputs, @Nullable PluginFailure failure) {

  static Outcome of(BatchResult result) {
    return new Outcome(result.outputs(), result.failure().orElse(null));
  }

  static Outcome success(List<OutputRecord> outputs) {
    return new Outcome(List.copyOf(outputs), null);
  }

  static Outcome failed(PluginFailure failure) {
    return new Outcome(List.of(), failure);
  }

  boolean failed() {
    return failure != null;
  }

  /** The failure's kind; only when {@link #failed()}. */
  FailureKind kind() {
    return java.util.Objects.requireNonNull(failure).kind();
  }

  boolean sameAs(Outcome other) {
    if (failure == null || other.failure == null) {
      return failure == null && other.failure == null && outputs.equals(other.outputs);
    }
    return failure.kind() == other.failure.kind()
        && (failure.recordIndex() == other.failure.recordIndex()
            || failure.recordIndex() < 0
            || other.failure.recordIndex() < 0);
  }

  /** This outcome as if its batch started at {@code offset} in a larger one. */
  Outcome shifted(int offset) {
    if (offset == 0) {
      return this;
    }
    if (failure != null) {
      int index = failure.recordIndex() < 0 ? -1 : failure.recordIndex() + offset;
      return failed(
          new PluginFailure(failure.kind(), failure.pluginName(), index, failure.detail()));
    }
    List<OutputRecord> moved = new ArrayList<>(outputs.size());
    for (OutputRecord output : outputs) {
      moved.add(new OutputRecord(output.sourceIndex() + offset, output.record()));
    }
    return success(moved);
  }

  /** The outcome of consecutive parts of one batch, as if the batch had run at once. */
  static Outcome joined(List<Outcome> parts, List<Integer> offsets) {
    List<OutputRecord> outputs = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Outcome part = parts.get(i).shifted(offsets.get(i));
      if (part.failed()) {
        return part;
      }
      outputs.addAll(part.outputs());
    }
    return success(outputs);
  }

  /** Multi-line text for reports. */
  String show() {
    if (failure != null) {
      return failure.kind()
          + (failure.recordIndex() < 0
              ? " for the batch"
              : " at record [" + failure.recordIndex() + "]")
          + ": "
          + failure.detail();
    }
    if (outputs.isEmpty()) {
      return "no output records";
    }
    StringBuilder text =
        new StringBuilder()
            .append(outputs.size())
            .append(outputs.size() == 1 ? " output record:" : " output records:");
    for (OutputRecord output : outputs) {
      text.append("\n  from record [")
          .append(output.sourceIndex())
          .append("]: ")
          .append(ValueText.record(output.record()));
    }
    return text.toString();
  }

  /** Several batches' outcomes, numbered. */
  static String show(List<Outcome> outcomes) {
    if (outcomes.size() == 1) {
      return outcomes.get(0).show();
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < outcomes.size(); i++) {
      text.append(i == 0 ? "" : "\n")
          .append("batch ")
          .append(i)
          .append(": ")
          .append(outcomes.get(i).show().replace("\n", "\n  "));
    }
    return text.toString();
  }

  /** The index of the first batch whose outcomes differ, or -1. */
  static int firstDifference(List<Outcome> left, List<Outcome> right) {
    for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
      if (i >= left.size() || i >= right.size() || !left.get(i).sameAs(right.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
