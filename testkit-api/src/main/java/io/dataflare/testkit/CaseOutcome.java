package io.dataflare.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.runtime.BatchResult;
import io.dataflare.runtime.PluginFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * What a case's run produced: one {@link BatchResult} per batch that ran, in order. A failed batch
 * does not end a run (the next batch runs on a fresh instance), so any result may be a failure;
 * fewer results than batches means the run could not go on (no instance could be created).
 */
@API(status = STABLE, since = "0.1")
public final class CaseOutcome {
  private final List<BatchResult> batchResults;

  private CaseOutcome(List<BatchResult> batchResults) {
    this.batchResults = List.copyOf(batchResults);
  }

  /** The outcome of a run of these batches, in order. */
  public static CaseOutcome of(List<BatchResult> batchResults) {
    return new CaseOutcome(batchResults);
  }

  /** The outcome of one batch. */
  public static CaseOutcome of(BatchResult batchResult) {
    return new CaseOutcome(List.of(batchResult));
  }

  /** One result per batch that ran. */
  public List<BatchResult> batchResults() {
    return batchResults;
  }

  /** The output records of every batch, in order; indexes count across batches. */
  public List<PluginRecord> allOutputs() {
    List<PluginRecord> outputs = new ArrayList<>();
    for (BatchResult result : batchResults) {
      outputs.addAll(result.records());
    }
    return outputs;
  }

  /** The first failure, if any. */
  public Optional<PluginFailure> failure() {
    for (BatchResult result : batchResults) {
      if (result.failure().isPresent()) {
        return result.failure();
      }
    }
    return Optional.empty();
  }

  /** Index of the first batch that failed, if any. */
  public OptionalInt failedBatch() {
    for (int i = 0; i < batchResults.size(); i++) {
      if (!batchResults.get(i).succeeded()) {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /** Records that went in, over all batches that ran. */
  public int recordsIn() {
    return batchResults.stream().mapToInt(BatchResult::inputCount).sum();
  }

  @Override
  public String toString() {
    return "CaseOutcome" + batchResults;
  }
}
