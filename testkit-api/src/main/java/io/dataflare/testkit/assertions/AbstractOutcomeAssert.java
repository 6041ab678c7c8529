package io.dataflare.testkit.assertions;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.runtime.PluginFailure;
import io.dataflare.testkit.CaseOutcome;
import io.dataflare.testkit.Expectation;
import io.dataflare.testkit.Expectations;
import io.dataflare.testkit.Mismatch;
import io.dataflare.testkit.internal.mismatch.ShouldFail;
import io.dataflare.testkit.internal.mismatch.ShouldHaveFailureMessage;
import io.dataflare.testkit.internal.mismatch.ShouldHaveOutputAt;
import io.dataflare.testkit.internal.mismatch.ShouldNotFail;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions shared by everything that holds plugin outputs or a failure. Each check is the same
 * one the spec expectations make ({@link Expectations}), so a failure reads the same in a Java test
 * and in a spec: its first line names the record and field, then expected and actual follow, and
 * the error carries both so an IDE shows a diff.
 *
 * @param <SELF> the concrete assert, for chaining
 * @param <ACTUAL> what is asserted on
 */
@API(status = STABLE, since = "0.1")
public abstract class AbstractOutcomeAssert<
        SELF extends AbstractOutcomeAssert<SELF, ACTUAL>, ACTUAL>
    extends AbstractAssert<SELF, ACTUAL> {

  protected AbstractOutcomeAssert(ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /** The asserted value as a case outcome. */
  protected abstract CaseOutcome outcome();

  /** The output values, as UTF-8 text, are exactly these, in order. */
  public SELF containsExactlyValues(String... values) {
    return satisfies(Expectations.outputValues(values));
  }

  /** No output records, and no failure. */
  public SELF isDropped() {
    return satisfies(Expectations.dropped());
  }

  /** This many output records, and no failure. */
  public SELF hasOutputCount(int count) {
    return satisfies(Expectations.count(count));
  }

  /** Failed with this kind. */
  public SELF failedWith(FailureKind kind) {
    return satisfies(Expectations.failure(kind));
  }

  /** Failed, with a message (see {@link PluginFailure#message()}) containing {@code text}. */
  public SELF hasMessageContaining(String text) {
    isNotNull();
    Optional<PluginFailure> failure = outcome().failure();
    if (failure.isEmpty()) {
      fail(ShouldFail.create("with a message containing [" + text + "]", outcome().allOutputs()));
    } else if (!failure.get().message().contains(text)) {
      fail(ShouldHaveFailureMessage.create(text, failure.get()));
    }
    return myself;
  }

  /** Meets a spec expectation. */
  public SELF satisfies(Expectation expectation) {
    isNotNull();
    expectation.check(outcome()).ifPresent(this::fail);
    return myself;
  }

  /** Assertions on the output record at {@code index} (over all batches, from 0). */
  public OutputRecordAssert outputAt(int index) {
    isNotNull();
    CaseOutcome outcome = outcome();
    outcome
        .failure()
        .ifPresent(
            failure ->
                fail(
                    ShouldNotFail.create(
                        failure,
                        outcome.batchResults().size() > 1 ? outcome.failedBatch().orElse(0) : -1,
                        "an output record [" + index + "]")));
    List<PluginRecord> outputs = outcome.allOutputs();
    if (index < 0 || index >= outputs.size()) {
      fail(ShouldHaveOutputAt.create(index, outputs));
    }
    return new OutputRecordAssert(outputs.get(index), index);
  }

  /** Throws the mismatch as an assertion error with expected and actual for an IDE diff. */
  void fail(Mismatch mismatch) {
    failWithActualExpectedAndMessage(
        mismatch.actual(), mismatch.expected(), "%s", mismatch.message());
  }
}
