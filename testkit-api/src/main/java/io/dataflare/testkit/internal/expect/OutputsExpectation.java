package io.dataflare.testkit.internal.expect;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.runtime.PluginFailure;
import io.dataflare.testkit.CaseOutcome;
import io.dataflare.testkit.Expectation;
import io.dataflare.testkit.Mismatch;
import io.dataflare.testkit.internal.mismatch.ShouldNotFail;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An expectation on the outputs of a run that must have succeeded, so never met by a failed run.
 */
@API(status = INTERNAL, since = "0.1")
public abstract class OutputsExpectation implements Expectation {

  @Override
  public final Optional<Mismatch> check(CaseOutcome outcome) {
    Optional<PluginFailure> failure = outcome.failure();
    if (failure.isPresent()) {
      int batch = outcome.batchResults().size() > 1 ? outcome.failedBatch().orElse(0) : -1;
      return Optional.of(ShouldNotFail.create(failure.get(), batch, describe()));
    }
    return checkOutputs(outcome.allOutputs());
  }

  /** Checks the outputs of all batches, in order. */
  protected abstract Optional<Mismatch> checkOutputs(List<PluginRecord> outputs);

  @Override
  public String toString() {
    return describe();
  }
}
