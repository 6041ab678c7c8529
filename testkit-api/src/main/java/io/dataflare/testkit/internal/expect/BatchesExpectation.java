package io.dataflare.testkit.internal.expect;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.runtime.BatchResult;
import io.dataflare.testkit.CaseOutcome;
import io.dataflare.testkit.Expectation;
import io.dataflare.testkit.Mismatch;
import io.dataflare.testkit.internal.mismatch.ShouldRunBatch;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One expectation per batch, each checked against that batch's result alone (record indexes count
 * within the batch). Case builders check that there is one per batch.
 */
@API(status = INTERNAL, since = "0.1")
public final class BatchesExpectation implements Expectation {
  private final List<Expectation> perBatch;

  public BatchesExpectation(List<Expectation> perBatch) {
    if (perBatch.isEmpty()) {
      throw new IllegalArgumentException("batches needs one expectation per batch but got none");
    }
    this.perBatch = List.copyOf(perBatch);
  }

  /** How many batches this expects. */
  public int batchCount() {
    return perBatch.size();
  }

  @Override
  public Optional<Mismatch> check(CaseOutcome outcome) {
    List<BatchResult> results = outcome.batchResults();
    for (int i = 0; i < perBatch.size(); i++) {
      if (i >= results.size()) {
        int failed = outcome.failedBatch().orElse(results.size() - 1);
        return Optional.of(ShouldRunBatch.create(i, failed, perBatch.get(i).describe()));
      }
      Optional<Mismatch> mismatch = perBatch.get(i).check(CaseOutcome.of(results.get(i)));
      if (mismatch.isPresent()) {
        return Optional.of(mismatch.get().inBatch(i));
      }
    }
    return Optional.empty();
  }

  @Override
  public String describe() {
    StringBuilder text = new StringBuilder("per batch:");
    for (int i = 0; i < perBatch.size(); i++) {
      text.append("\n  batch [").append(i).append("]: ").append(perBatch.get(i).describe());
    }
    return text.toString();
  }

  @Override
  public String toString() {
    return describe();
  }
}
