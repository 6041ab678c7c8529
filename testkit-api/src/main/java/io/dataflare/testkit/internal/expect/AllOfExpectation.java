package io.dataflare.testkit.internal.expect;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.testkit.CaseOutcome;
import io.dataflare.testkit.Expectation;
import io.dataflare.testkit.Mismatch;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/** Every one of several expectations; reports the first that is not met. */
@API(status = INTERNAL, since = "0.1")
public final class AllOfExpectation implements Expectation {
  private final List<Expectation> expectations;

  public AllOfExpectation(List<Expectation> expectations) {
    if (expectations.isEmpty()) {
      throw new IllegalArgumentException("allOf needs at least one expectation but got none");
    }
    this.expectations = List.copyOf(expectations);
  }

  @Override
  public Optional<Mismatch> check(CaseOutcome outcome) {
    for (Expectation expectation : expectations) {
      Optional<Mismatch> mismatch = expectation.check(outcome);
      if (mismatch.isPresent()) {
        return mismatch;
      }
    }
    return Optional.empty();
  }

  /** The expectations, in order. */
  public List<Expectation> expectations() {
    return expectations;
  }

  @Override
  public String describe() {
    return expectations.stream().map(Expectation::describe).collect(Collectors.joining("; and "));
  }

  @Override
  public String toString() {
    return describe();
  }
}
