package io.dataflare.testkit.assertions;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.testkit.CaseOutcome;
import org.apiguardian.api.API;

/**
 * Assertions on what a case's batches produced, taken together (record indexes count across
 * batches); start with {@link DataFlareAssertions#assertThat}.
 */
@API(status = STABLE, since = "0.1")
public final class CaseOutcomeAssert extends AbstractOutcomeAssert<CaseOutcomeAssert, CaseOutcome> {

  CaseOutcomeAssert(CaseOutcome actual) {
    super(actual, CaseOutcomeAssert.class);
  }

  @Override
  protected CaseOutcome outcome() {
    return actual;
  }
}
