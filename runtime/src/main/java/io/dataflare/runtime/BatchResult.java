package io.dataflare.runtime;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.plugin.PluginRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What one batch call produced: the output records in order, or the failure that stopped the batch,
 * plus what the call cost.
 *
 * <p>A failed batch has no outputs: a batch is all or nothing.
 */
@API(status = STABLE, since = "0.1")
public final class BatchResult {
  /** Marks a figure that was not measured. */
  public static final long NOT_MEASURED = -1;

  private final int inputCount;
  private final List<OutputRecord> outputs;
  private final @Nullable PluginFailure failure;
  private final long nanos;
  private final long instructions;
  private final long allocatedBytes;

  private BatchResult(
      int inputCount,
      List<OutputRecord> outputs,
      @Nullable PluginFailure failure,
      long nanos,
      long instructions,
      long allocatedBytes) {
    this.inputCount = inputCount;
    this.outputs = outputs;
    this.failure = failure;
    this.nanos = nanos;
    this.instructions = instructions;
    this.allocatedBytes = allocatedBytes;
  }

  /** A successful result. The list is taken as is: callers must not change it afterwards. */
  public static BatchResult success(
      int inputCount, List<OutputRecord> outputs, long nanos, long instructions, long allocated) {
    return new BatchResult(
        inputCount, Objects.requireNonNull(outputs), null, nanos, instructions, allocated);
  }

  /** A failed result. */
  public static BatchResult failure(
      int inputCount, PluginFailure failure, long nanos, long instructions, long allocated) {
    return new BatchResult(
        inputCount, List.of(), Objects.requireNonNull(failure), nanos, instructions, allocated);
  }

  /** Number of records that went in. */
  public int inputCount() {
    return inputCount;
  }

  /** Output records in order; empty when the batch failed. */
  public List<OutputRecord> outputs() {
    return outputs;
  }

  /** The output records without their source indexes. */
  public List<PluginRecord> records() {
    List<PluginRecord> records = new ArrayList<>(outputs.size());
    for (OutputRecord output : outputs) {
      records.add(output.record());
    }
    return records;
  }

  /** Whether the batch completed without a failure. */
  public boolean succeeded() {
    return failure == null;
  }

  /** The failure that stopped the batch, if any. */
  public Optional<PluginFailure> failure() {
    return Optional.ofNullable(failure);
  }

  /** Wall-clock time of the call in nanoseconds, including the ABI copies. */
  public long nanos() {
    return nanos;
  }

  /** Executed WASM instructions (interpreter mode with counting on), or {@link #NOT_MEASURED}. */
  public long instructions() {
    return instructions;
  }

  /** Bytes allocated on the calling worker thread during the call, or {@link #NOT_MEASURED}. */
  public long allocatedBytes() {
    return allocatedBytes;
  }

  /** A copy of this result with the figures replaced; used by the runtime after timing a call. */
  public BatchResult withFigures(long nanos, long instructions, long allocatedBytes) {
    return new BatchResult(inputCount, outputs, failure, nanos, instructions, allocatedBytes);
  }

  @Override
  public String toString() {
    return failure != null
        ? "BatchResult[failed: " + failure.message() + "]"
        : "BatchResult[" + inputCount + " in, " + outputs.size() + " out]";
  }
}
