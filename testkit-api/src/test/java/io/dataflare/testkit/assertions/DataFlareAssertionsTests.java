package io.dataflare.testkit.assertions;

import static io.dataflare.testkit.assertions.DataFlareAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataflare.plugin.FailureKind;
import io.dataflare.runtime.BatchResult;
import io.dataflare.testkit.Expectations;
import io.dataflare.testkit.Records;
import io.dataflare.testkit.fixtures.Outcomes;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class DataFlareAssertionsTests {

  private final BatchResult twoValues = Outcomes.values("info: a", "info: b");
  private final BatchResult timedOut = Outcomes.failed(FailureKind.TIMEOUT, 3, "deadline passed");

  @Test
  void containsExactlyValuesPassesOnEqualValues() {
    assertThatCode(() -> assertThat(twoValues).containsExactlyValues("info: a", "info: b"))
        .doesNotThrowAnyException();
  }

  @Test
  void containsExactlyValuesFailsWithTheRecordAndAnIdeDiff() {
    assertThatThrownBy(() -> assertThat(twoValues).containsExactlyValues("info: a", "info: c"))
        .isInstanceOfSatisfying(
            AssertionFailedError.class,
            e -> {
              org.assertj.core.api.Assertions.assertThat(e.getMessage())
                  .isEqualTo(
                      """
                      output record [1] value differs
                      Expecting output record [1] value:
                        "info: b"
                      to be:
                        "info: c\"""");
              org.assertj.core.api.Assertions.assertThat(e.getExpected().getStringRepresentation())
                  .isEqualTo("[0] { value = \"info: a\" }\n[1] { value = \"info: c\" }");
              org.assertj.core.api.Assertions.assertThat(e.getActual().getStringRepresentation())
                  .isEqualTo("[0] { value = \"info: a\" }\n[1] { value = \"info: b\" }");
            });
  }

  @Test
  void descriptionPrefixesTheFailure() {
    assertThatThrownBy(() -> assertThat(twoValues).as("filter output").hasOutputCount(3))
        .hasMessageStartingWith("[filter output] output count differs: expected [3] but was [2]");
  }

  @Test
  void isDroppedFailsWhenRecordsCameOut() {
    assertThatThrownBy(() -> assertThat(twoValues).isDropped())
        .hasMessageStartingWith(
            "output record [0] was not dropped: expected no output records but got [2]");
  }

  @Test
  void isDroppedPassesOnAnEmptyResult() {
    assertThatCode(() -> assertThat(Outcomes.batch()).isDropped()).doesNotThrowAnyException();
  }

  @Test
  void failedWithPassesOnTheKindAndChainsToTheMessage() {
    assertThatCode(
            () ->
                assertThat(timedOut)
                    .failedWith(FailureKind.TIMEOUT)
                    .hasMessageContaining("record [3]"))
        .doesNotThrowAnyException();
  }

  @Test
  void failedWithNamesBothKinds() {
    assertThatThrownBy(() -> assertThat(timedOut).failedWith(FailureKind.TRAP))
        .hasMessageStartingWith("failure kind differs: expected [TRAP] but was [TIMEOUT]");
  }

  @Test
  void hasMessageContainingFailsOnASuccessfulResult() {
    assertThatThrownBy(() -> assertThat(twoValues).hasMessageContaining("x"))
        .hasMessageStartingWith(
            "expected failure with a message containing [x] but every batch succeeded");
  }

  @Test
  void hasMessageContainingShowsTheWholeMessage() {
    assertThatThrownBy(() -> assertThat(timedOut).hasMessageContaining("record [4]"))
        .hasMessageStartingWith("failure message does not contain [record [4]]")
        .hasMessageContaining("TIMEOUT in plugin [fixture-plugin] at record [3]: deadline passed");
  }

  @Test
  void outputAtChecksJsonEqualityByRecord() {
    BatchResult json = Outcomes.values("{\"a\": 1}", "{\"a\": 2, \"b\": true}");

    assertThatCode(() -> assertThat(json).outputAt(1).hasJsonEqualTo("{\"b\": true, \"a\": 2.0}"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> assertThat(json).outputAt(1).hasJsonEqualTo("{\"a\": 3, \"b\": true}"))
        .hasMessageStartingWith("output record [1] value differs at JSON path [$.a]");
  }

  @Test
  void outputAtChecksJsonContainment() {
    BatchResult json = Outcomes.values("{\"user\": {\"id\": 1, \"name\": \"ada\"}}");

    assertThatCode(() -> assertThat(json).outputAt(0).containsJson("{\"user\": {\"id\": 1}}"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> assertThat(json).outputAt(0).containsJson("{\"user\": {\"id\": 2}}"))
        .hasMessageStartingWith(
            "output record [0] value does not contain the expected JSON at [$.user.id]");
  }

  @Test
  void outputAtChecksMetadataAndKey() {
    BatchResult keyed =
        Outcomes.batch(Records.text("v").key("user-1").metadata("source", "web").build());

    assertThatCode(
            () -> assertThat(keyed).outputAt(0).hasKey("user-1").hasMetadata("source", "web"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> assertThat(keyed).outputAt(0).hasMetadata("source", "app"))
        .hasMessageStartingWith("output record [0] metadata [source] differs: was [web]");
    assertThatThrownBy(() -> assertThat(keyed).outputAt(0).hasKey("user-2"))
        .hasMessageStartingWith("output record [0] key differs");
  }

  @Test
  void outputAtRejectsAnIndexBeyondTheOutputs() {
    assertThatThrownBy(() -> assertThat(twoValues).outputAt(2))
        .hasMessageStartingWith("output record [2] does not exist: there are [2] output records");
  }

  @Test
  void outputAtRejectsAFailedResult() {
    assertThatThrownBy(() -> assertThat(timedOut).outputAt(0))
        .hasMessageStartingWith("plugin failed with [TIMEOUT] at record [3]");
  }

  @Test
  void caseOutcomeCountsRecordsAcrossBatches() {
    var outcome = Outcomes.outcome(Outcomes.values("a"), Outcomes.values("b"));

    assertThatCode(
            () -> assertThat(outcome).containsExactlyValues("a", "b").outputAt(1).hasValue("b"))
        .doesNotThrowAnyException();
  }

  @Test
  void satisfiesAcceptsAnySpecExpectation() {
    assertThatThrownBy(() -> assertThat(twoValues).satisfies(Expectations.contains("error")))
        .hasMessageStartingWith("no output record value contains [error]");
  }
}
