package io.dataflare.testkit;

import static io.dataflare.testkit.fixtures.Outcomes.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.testkit.fixtures.Outcomes;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code expect.count}, {@code dropped}, {@code contains}, {@code matches}, {@code metadata}. */
class OutputContentExpectationTests {

  @Test
  void countPassesOnTheRightNumberOfRecords() {
    assertThat(Expectations.count(2).check(outcome("a", "b"))).isEmpty();
  }

  @Test
  void countReportsExpectedAndActualNumbers() {
    Mismatch mismatch = Expectations.count(1).check(outcome("a", "b")).orElseThrow();

    assertThat(mismatch.headline()).isEqualTo("output count differs: expected [1] but was [2]");
    assertThat(mismatch.expected()).isEqualTo("1 output record");
    assertThat(mismatch.actual()).isEqualTo("[0] { value = \"a\" }\n[1] { value = \"b\" }");
  }

  @Test
  void droppedPassesWhenNothingComesOut() {
    assertThat(Expectations.dropped().check(Outcomes.noOutputs())).isEmpty();
  }

  @Test
  void droppedNamesTheFirstRecordThatCameOut() {
    Mismatch mismatch = Expectations.dropped().check(outcome("kept")).orElseThrow();

    assertThat(mismatch.message())
        .isEqualTo(
            """
            output record [0] was not dropped: expected no output records but got [1]
            Expecting output records:
              [0] { value = "kept" }
            to be:
              (no output records)""");
  }

  @Test
  void containsPassesWhenAnyValueHasTheText() {
    assertThat(Expectations.contains("ERR").check(outcome("ok", "an ERROR"))).isEmpty();
  }

  @Test
  void containsListsEveryValueWhenNoneHasTheText() {
    Mismatch mismatch = Expectations.contains("ERR").check(outcome("ok")).orElseThrow();

    assertThat(mismatch.message())
        .isEqualTo(
            """
            no output record value contains [ERR]
            Expecting some output record value:
              [0] { value = "ok" }
            to contain:
              "ERR\"""");
  }

  @Test
  void matchesFindsThePatternInEachValue() {
    assertThat(Expectations.matches("\\d+").check(outcome("a1", "22b"))).isEmpty();
  }

  @Test
  void matchesNamesTheFirstValueWithoutAMatch() {
    Mismatch mismatch =
        Expectations.matches(Pattern.compile("^\\d+$")).check(outcome("1", "x2")).orElseThrow();

    assertThat(mismatch.message())
        .isEqualTo(
            """
            output record [1] value does not match [^\\d+$]
            Expecting output record [1] value:
              "x2"
            to match pattern:
              ^\\d+$""");
  }

  @Test
  void matchesFailsWhenThereIsNothingToMatch() {
    Mismatch mismatch = Expectations.matches("x").check(Outcomes.noOutputs()).orElseThrow();

    assertThat(mismatch.headline()).isEqualTo("no output records to check: expected at least one");
    assertThat(mismatch.expected()).isEqualTo("at least one output record, each matching [x]");
  }

  @Test
  void metadataPassesWhenEachRecordHasTheEntries() {
    CaseOutcome outcome =
        outcome(
            Records.text("a").metadata("source", "web").metadata("extra", "1").build(),
            Records.text("b").metadata("source", "web").build());

    assertThat(Expectations.metadata(Map.of("source", "web")).check(outcome)).isEmpty();
  }

  @Test
  void metadataNamesTheRecordAndEntryThatDiffer() {
    CaseOutcome outcome =
        outcome(
            Records.text("a").metadata("source", "web").build(),
            Records.text("b").metadata("source", "app").build());

    Mismatch mismatch = Expectations.metadata(Map.of("source", "web")).check(outcome).orElseThrow();

    assertThat(mismatch.message())
        .isEqualTo(
            """
            output record [1] metadata [source] differs: was [app]
            Expecting output record [1] metadata:
              {source=app}
            to contain:
              source=web""");
  }

  @Test
  void metadataNamesAMissingEntry() {
    Mismatch mismatch =
        Expectations.metadata(Map.of("source", "web")).check(outcome("a")).orElseThrow();

    assertThat(mismatch.headline()).isEqualTo("output record [0] metadata [source] is missing");
  }
}
