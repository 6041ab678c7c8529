package io.dataflare.testkit;

import static io.dataflare.testkit.fixtures.Outcomes.failed;
import static io.dataflare.testkit.fixtures.Outcomes.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.FailureKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code expect.failure} with optional {@code expect.message_contains}. */
class FailureExpectationTests {

  @Test
  void passesOnTheExpectedKind() {
    assertThat(
            Expectations.failure(FailureKind.TIMEOUT)
                .check(outcome(failed(FailureKind.TIMEOUT, 0, "too slow"))))
        .isEmpty();
  }

  @Test
  void namesBothKindsWhenTheKindDiffers() {
    Mismatch mismatch =
        Expectations.failure(FailureKind.TIMEOUT)
            .check(outcome(failed(FailureKind.TRAP, 1, "unreachable")))
            .orElseThrow();

    assertThat(mismatch.headline())
        .isEqualTo("failure kind differs: expected [TIMEOUT] but was [TRAP]");
    assertThat(mismatch.expected()).isEqualTo("failed with TIMEOUT");
  }

  @Test
  void showsTheOutputsWhenNothingFailed() {
    Mismatch mismatch = Expectations.failure(FailureKind.TRAP).check(outcome("ok")).orElseThrow();

    assertThat(mismatch.message())
        .isEqualTo(
            """
            expected failure [TRAP] but every batch succeeded
            Expecting the case:
              succeeded with:
              [0] { value = "ok" }
            to fail with:
              [TRAP]""");
  }

  @Test
  void checksTheMessageWhenAsked() {
    Expectation expectation =
        Expectations.failure(FailureKind.PLUGIN_ERROR, Optional.of("division"));

    assertThat(expectation.check(outcome(failed(FailureKind.PLUGIN_ERROR, 0, "division by zero"))))
        .isEmpty();
    assertThat(
            expectation
                .check(outcome(failed(FailureKind.PLUGIN_ERROR, 0, "bad input")))
                .orElseThrow()
                .headline())
        .isEqualTo("failure message does not contain [division]");
  }

  @Test
  void describesKindAndMessage() {
    assertThat(Expectations.failure(FailureKind.TRAP, Optional.of("x")).describe())
        .isEqualTo("failure [TRAP] with a message containing [x]");
  }
}
