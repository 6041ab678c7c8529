package io.dataflare.testkit.assertions;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.runtime.BatchResult;
import io.dataflare.testkit.CaseOutcome;
import org.apiguardian.api.API;

/**
 * Assertions on the result of one batch call; start with {@link DataFlareAssertions#assertThat}.
 */
@API(status = STABLE, since = "0.1")
public final class BatchResultAssert extends AbstractOutcomeAssert<BatchResultAssert, BatchResult> {

  BatchResultAssert(BatchResult actual) {
    super(actual, BatchResultAssert.class);
  }

  @Override
  protected CaseOutcome outcome() {
    return CaseOutcome.of(actual);
  }
}
