package io.dataflare.testkit;

import static io.dataflare.testkit.fixtures.Outcomes.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.fixtures.Outcomes;
import org.junit.jupiter.api.Test;

/** {@code expect.output}: exact output records, in order. */
class OutputExpectationTests {

  @Test
  void passesWhenValuesAreEqualInOrder() {
    assertThat(Expectations.outputValues("a", "b").check(outcome("a", "b"))).isEmpty();
  }

  @Test
  void namesTheFirstRecordWhoseValueDiffers() {
    Mismatch mismatch = Expectations.outputValues("a", "B").check(outcome("a", "b")).orElseThrow();

    assertThat(mismatch.message())
        .isEqualTo(
            """
            output record [1] value differs
            Expecting output record [1] value:
              "b"
            to be:
              "B\"""");
    assertThat(mismatch.expected()).isEqualTo("[0] { value = \"a\" }\n[1] { value = \"B\" }");
    assertThat(mismatch.actual()).isEqualTo("[0] { value = \"a\" }\n[1] { value = \"b\" }");
  }

  @Test
  void reportsAMissingRecordAsACountDifference() {
    Mismatch mismatch = Expectations.outputValues("a", "b").check(outcome("a")).orElseThrow();

    assertThat(mismatch.message())
        .isEqualTo(
            """
            output count differs: expected [2] but was [1]
            Expecting output records:
              [0] { value = "a" }
            to have count:
              2""");
  }

  @Test
  void comparesJsonValuesAsJson() {
    Expectation expectation = Expectations.output(Records.json("{\"b\": 2.0, \"a\": 1}"));

    assertThat(expectation.check(outcome("{ \"a\": 1, \"b\": 2 }"))).isEmpty();
  }

  @Test
  void namesTheJsonPathThatDiffers() {
    Expectation expectation = Expectations.output(Records.json("{\"user\": {\"name\": \"ada\"}}"));

    Mismatch mismatch = expectation.check(outcome("{\"user\": {\"name\": \"bob\"}}")).orElseThrow();

    assertThat(mismatch.headline())
        .isEqualTo("output record [0] value differs at JSON path [$.user.name]");
    assertThat(mismatch.message())
        .endsWith("but at [$.user.name] expected [\"ada\"] but was [\"bob\"]");
    assertThat(mismatch.expected()).isEqualTo("{\n  \"user\" : {\n    \"name\" : \"ada\"\n  }\n}");
  }

  @Test
  void reportsAValueThatIsNotJsonWhereJsonIsExpected() {
    Mismatch mismatch =
        Expectations.output(Records.json("{\"a\": 1}")).check(outcome("plain")).orElseThrow();

    assertThat(mismatch.headline()).isEqualTo("output record [0] value is not JSON");
  }

  @Test
  void comparesTheKeyOnlyWhenOneIsExpected() {
    CaseOutcome keyed = outcome(Records.text("v").key("k1").build());

    assertThat(Expectations.output(Records.text("v")).check(keyed)).isEmpty();
    assertThat(
            Expectations.output(Records.text("v").key("k2")).check(keyed).orElseThrow().message())
        .isEqualTo(
            """
            output record [0] key differs
            Expecting output record [0] key:
              "k1"
            to be:
              "k2\"""");
  }

  @Test
  void reportsAMissingKey() {
    Mismatch mismatch =
        Expectations.output(Records.text("v").key("k")).check(outcome("v")).orElseThrow();

    assertThat(mismatch.message()).contains("output record [0] key differs", "  (no key)");
  }

  @Test
  void comparesMetadataExactlyWhenGiven() {
    CaseOutcome withTwo = outcome(Records.text("v").metadata("a", "1").metadata("b", "2").build());

    Mismatch mismatch =
        Expectations.output(Records.text("v").metadata("a", "1")).check(withTwo).orElseThrow();

    assertThat(mismatch.headline()).isEqualTo("output record [0] metadata differs");
  }

  @Test
  void comparesPositionFieldsWhenGiven() {
    CaseOutcome positioned = outcome(Records.text("v").partition(2).offset(9).build());

    assertThat(Expectations.output(Records.text("v").partition(2)).check(positioned)).isEmpty();
    assertThat(
            Expectations.output(Records.text("v").offset(8))
                .check(positioned)
                .orElseThrow()
                .headline())
        .isEqualTo("output record [0] offset differs");
  }

  @Test
  void plainRecordsCompareTheirValueAndWhatIsSet() {
    Expectation expectation = Expectations.output(Records.texts("a"));

    assertThat(expectation.check(outcome(Records.text("a").key("any").build()))).isEmpty();
  }

  @Test
  void printsBinaryValuesAsHex() {
    Mismatch mismatch =
        Expectations.output(Records.hex("00ff"))
            .check(outcome(PluginRecord.of(new byte[] {1})))
            .orElseThrow();

    assertThat(mismatch.message()).contains("  hex:01\nto be:\n  hex:00ff");
  }

  @Test
  void failsWhenThePluginFailed() {
    Mismatch mismatch =
        Expectations.outputValues("a")
            .check(Outcomes.outcome(Outcomes.failed(FailureKind.TRAP, 2, "unreachable")))
            .orElseThrow();

    assertThat(mismatch.headline()).isEqualTo("plugin failed with [TRAP] at record [2]");
    assertThat(mismatch.actual())
        .isEqualTo(
            "failed: TRAP in plugin [fixture-plugin] at record [2]: unreachable (to fix: "
                + FailureKind.TRAP.hint()
                + ")");
  }

  @Test
  void namesTheFailedBatchWhenThereAreSeveral() {
    Mismatch mismatch =
        Expectations.count(1)
            .check(
                Outcomes.outcome(
                    Outcomes.values("a"), Outcomes.failed(FailureKind.TIMEOUT, -1, "too slow")))
            .orElseThrow();

    assertThat(mismatch.headline()).isEqualTo("plugin failed with [TIMEOUT] at batch [1]");
  }

  @Test
  void describesTheExpectedRecords() {
    assertThat(Expectations.outputValues("a").describe())
        .isEqualTo("exactly these output records:\n[0] { value = \"a\" }");
    assertThat(Expectations.outputValues().describe()).isEqualTo("no output records");
  }
}
