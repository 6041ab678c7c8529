package io.dataflare.testkit;

import static io.dataflare.testkit.fixtures.Outcomes.failed;
import static io.dataflare.testkit.fixtures.Outcomes.outcome;
import static io.dataflare.testkit.fixtures.Outcomes.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.FailureKind;
import org.junit.jupiter.api.Test;

/** {@code expect.batches}: one expectation per batch, checked against that batch alone. */
class BatchesExpectationTests {

  private final Expectation perBatch =
      Expectations.batches(
          Expectations.outputValues("count=1"), Expectations.outputValues("count=2"));

  @Test
  void passesWhenEachBatchMeetsItsOwn() {
    assertThat(perBatch.check(outcome(values("count=1"), values("count=2")))).isEmpty();
  }

  @Test
  void prefixesTheMismatchWithItsBatchAndCountsRecordsWithinIt() {
    Mismatch mismatch = perBatch.check(outcome(values("count=1"), values("count=1"))).orElseThrow();

    assertThat(mismatch.headline()).isEqualTo("batch [1] output record [0] value differs");
  }

  @Test
  void reportsABatchThatNeverRanBecauseAnEarlierOneFailed() {
    Expectation expectation =
        Expectations.batches(Expectations.failure(FailureKind.TRAP), Expectations.count(1));

    var mismatch = expectation.check(outcome(failed(FailureKind.TRAP, 0, "x"))).orElseThrow();

    assertThat(mismatch.headline())
        .isEqualTo("batch [1] did not run: batch [0] failed first and ended the case");
  }

  @Test
  void allOfReportsTheFirstUnmetExpectation() {
    Expectation expectation = Expectations.allOf(Expectations.count(1), Expectations.contains("z"));

    assertThat(expectation.check(outcome("a")).orElseThrow().headline())
        .isEqualTo("no output record value contains [z]");
    assertThat(expectation.describe())
        .isEqualTo("1 output record; and some output value containing [z]");
  }

  @Test
  void mismatchNamesItsCaseFirst() {
    Mismatch mismatch = Expectations.count(2).check(outcome("a")).orElseThrow().inCase("sums");

    assertThat(mismatch.headline())
        .isEqualTo("case [sums]: output count differs: expected [2] but was [1]");
  }
}
