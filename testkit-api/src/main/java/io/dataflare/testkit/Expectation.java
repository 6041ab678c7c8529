package io.dataflare.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One thing a case's outcome must satisfy. Make them with {@link Expectations}.
 *
 * <p>Every expectation except {@link Expectations#failure} also requires that no batch failed.
 */
@API(status = STABLE, since = "0.1")
public interface Expectation {

  /** What is expected, in a few words, e.g. {@code 3 output records}. */
  String describe();

  /** Empty when the outcome meets the expectation, otherwise what differs. */
  Optional<Mismatch> check(CaseOutcome outcome);
}
