package io.dataflare.runtime.nativ;

import io.dataflare.plugin.BatchOutput;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginResult;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.internal.OutputsBuilder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@link BatchOutput} a native instance hands to its plugin: passes each call into the batch's
 * {@link OutputsBuilder} and checks {@link BatchOutput}'s rules for the plugin type. The first
 * broken rule (or the plugin's own {@link #fail}) is kept with its record index, and every later
 * call is ignored; {@link NativeInstance} fails the call with it once the plugin returns. One per
 * instance, reused from batch to batch.
 */
final class CheckedBatchOutput implements BatchOutput {
  // What ResultRules says of each kind of call for this type (null: allowed), decided once.
  private final @Nullable String replaceViolation;
  private final @Nullable String emitViolation;
  private final @Nullable String dropViolation;
  private @Nullable OutputsBuilder outputs;
  private List<PluginRecord> batch = List.of();
  private int lastIndex;
  private boolean lastEmitted;
  private int decided;
  private int problemIndex;
  private @Nullable String problem;

  CheckedBatchOutput(PluginType type) {
    this.replaceViolation = ResultRules.violation(type, PluginResult.replace(new byte[0]));
    this.emitViolation = ResultRules.violation(type, PluginResult.emit(List.of()));
    this.dropViolation = ResultRules.violation(type, PluginResult.drop());
  }

  /** Starts a batch whose outputs go to {@code into}. */
  void begin(List<PluginRecord> records, OutputsBuilder into) {
    this.batch = records;
    this.outputs = into;
    lastIndex = -1;
    lastEmitted = false;
    decided = 0;
    problem = null;
    problemIndex = -1;
  }

  @Override
  public void keep(int index) {
    if (admit(index, false, "keep")) {
      outputs().keep(index);
    }
  }

  @Override
  public void replace(int index, byte[] value) {
    addNew(index, value, false, replaceViolation, "the record's new value");
  }

  @Override
  public void emit(int index, byte[] value) {
    addNew(index, value, true, emitViolation, "the emitted record's value");
  }

  /** A replace or an emit: a new value for record {@code index}, when the type allows it. */
  private void addNew(
      int index, byte[] value, boolean emit, @Nullable String typeViolation, String valueIs) {
    String call = emit ? "emit" : "replace";
    if (typeViolation != null) {
      reject(index, call + "() was called, but " + typeViolation);
      return;
    }
    if (value == null) {
      reject(index, call + "() was called with a null value; pass " + valueIs);
      return;
    }
    if (admit(index, emit, call)) {
      outputs().addValue(index, value);
    }
  }

  @Override
  public void fail(int index, String message) {
    if (problem == null) {
      problemIndex = index >= 0 && index < batch.size() ? index : -1;
      problem = message == null ? "the plugin failed without a message" : message;
    }
  }

  /** Whether the call for {@code index} may add an output; records the broken rule otherwise. */
  private boolean admit(int index, boolean emit, String call) {
    if (problem != null) {
      return false;
    }
    if (index < 0 || index >= batch.size()) {
      reject(
          -1,
          call
              + "("
              + index
              + ") names no record: the batch holds ["
              + batch.size()
              + "] records, indices 0 to "
              + (batch.size() - 1));
      return false;
    }
    if (index < lastIndex) {
      reject(
          index,
          call
              + "("
              + index
              + ") came after an output of record "
              + lastIndex
              + ": outputs must follow the input order");
      return false;
    }
    if (index == lastIndex && !(emit && lastEmitted)) {
      reject(
          index,
          call
              + "("
              + index
              + ") is a second result for the record: give each record one keep() or replace(),"
              + " or (flat_map, aggregate) any number of emit() calls");
      return false;
    }
    if (index != lastIndex) {
      decided++;
    }
    lastIndex = index;
    lastEmitted = emit;
    return true;
  }

  private void reject(int index, String why) {
    if (problem == null) {
      problemIndex = index;
      problem = why;
    }
  }

  /**
   * The broken rule or the plugin's failure, after the plugin returned: a map that did not pass
   * every record on breaks a rule here.
   */
  @Nullable String problem() {
    if (problem == null && dropViolation != null && decided != batch.size()) {
      // Indices are strictly increasing here, so the first gap is the first record left out.
      problemIndex = outputs().firstGap();
      problem = "record " + problemIndex + " was given no output: " + dropViolation;
    }
    return problem;
  }

  /** The record index of {@link #problem()}, or -1 when it concerns no one record. */
  int problemIndex() {
    return problemIndex;
  }

  private OutputsBuilder outputs() {
    if (outputs == null) {
      throw new IllegalStateException("begin() was not called");
    }
    return outputs;
  }
}
