package io.dataflare.testkit;

import static io.dataflare.testkit.fixtures.Outcomes.outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@code jsonEquals} and {@code expect.json_contains}: JSON compared parsed, never as text. */
class JsonExpectationTests {

  @Test
  void jsonEqualsIgnoresKeyOrderWhitespaceAndNumberSpelling() {
    Expectation expectation = Expectations.jsonEquals("{\"a\": 1.0, \"b\": [1, 2]}");

    assertThat(expectation.check(outcome("{\"b\":[1,2],\"a\":1}"))).isEmpty();
  }

  @Test
  void jsonEqualsNamesAnUnexpectedField() {
    Mismatch mismatch =
        Expectations.jsonEquals("{\"a\": 1}").check(outcome("{\"a\": 1, \"b\": 2}")).orElseThrow();

    assertThat(mismatch.headline()).isEqualTo("output record [0] value differs at JSON path [$.b]");
    assertThat(mismatch.message()).endsWith("but [$.b] is not expected; was [2]");
  }

  @Test
  void jsonEqualsNamesAMissingArrayElement() {
    Mismatch mismatch = Expectations.jsonEquals("[1, 2, 3]").check(outcome("[1, 2]")).orElseThrow();

    assertThat(mismatch.message()).endsWith("but [$[2]] is missing; expected [3]");
  }

  @Test
  void jsonEqualsChecksTheNumberOfDocuments() {
    Mismatch mismatch = Expectations.jsonEquals("{}", "{}").check(outcome("{}")).orElseThrow();

    assertThat(mismatch.headline()).isEqualTo("output count differs: expected [2] but was [1]");
  }

  @Test
  void jsonEqualsRejectsExpectedTextThatIsNotJson() {
    assertThatThrownBy(() -> Expectations.jsonEquals("{oops"))
        .hasMessageStartingWith("[{oops] is not JSON: ");
  }

  @Test
  void jsonContainsAcceptsExtraFieldsAtEveryDepth() {
    Expectation expectation = Expectations.jsonContains("{\"user\": {\"name\": \"ada\"}}");

    assertThat(
            expectation.check(outcome("{\"id\": 7, \"user\": {\"name\": \"ada\", \"age\": 36}}")))
        .isEmpty();
  }

  @Test
  void jsonContainsRequiresArraysToBeEqual() {
    Expectation expectation = Expectations.jsonContains("{\"tags\": [\"a\"]}");

    Mismatch mismatch = expectation.check(outcome("{\"tags\": [\"a\", \"b\"]}")).orElseThrow();

    assertThat(mismatch.headline())
        .isEqualTo("output record [0] value does not contain the expected JSON at [$.tags[1]]");
  }

  @Test
  void jsonContainsShowsBothDocumentsAndTheMissingPath() {
    Mismatch mismatch =
        Expectations.jsonContains("{\"level\": \"info\"}")
            .check(outcome("{\"msg\": \"hi\"}"))
            .orElseThrow();

    assertThat(mismatch.message())
        .isEqualTo(
            """
            output record [0] value does not contain the expected JSON at [$.level]
            Expecting output record [0] value:
              {
                "msg" : "hi"
              }
            to contain JSON:
              {
                "level" : "info"
              }
            but [$.level] is missing; expected ["info"]""");
  }

  @Test
  void jsonContainsReportsAValueThatIsNotJson() {
    Mismatch mismatch =
        Expectations.jsonContains("{}").check(outcome("{}", "not json")).orElseThrow();

    assertThat(mismatch.headline()).isEqualTo("output record [1] value is not JSON");
  }
}
