package io.dataflare.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginRecord;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PluginTestCaseTests {

  private static PluginTestCase.Builder valid() {
    return PluginTestCase.builder("parses-json")
        .withInput(Records.text("a"))
        .expecting(Expectations.count(1));
  }

  @Test
  void inputBecomesTheOneBatch() {
    PluginTestCase testCase = valid().build();

    assertThat(testCase.batches()).containsExactly(List.of(PluginRecord.ofText("a")));
    assertThat(testCase.recordCount()).isEqualTo(1);
  }

  @Test
  void batchesKeepTheirOrder() {
    PluginTestCase testCase =
        PluginTestCase.builder("sums")
            .withBatch(Records.text("a"), Records.text("b"))
            .withBatch(PluginRecord.ofText("c"))
            .expecting(Expectations.count(3))
            .build();

    assertThat(testCase.batches()).containsExactly(Records.texts("a", "b"), Records.texts("c"));
  }

  @Test
  void limitsSourceAndTagsAreKept() {
    SourceLocation source = new SourceLocation(Path.of("specs/a.toml"), 7);
    PluginTestCase testCase =
        valid()
            .withTimeout(Duration.ofMillis(250))
            .withMemoryLimitMb(16)
            .withTags("smoke", "json")
            .withSource(source)
            .build();

    assertThat(testCase.timeout()).contains(Duration.ofMillis(250));
    assertThat(testCase.memoryLimitMb()).hasValue(16);
    assertThat(testCase.tags()).containsExactly("smoke", "json");
    assertThat(testCase.source()).contains(source);
  }

  @Test
  void limitsDefaultToThePlugins() {
    PluginTestCase testCase = valid().build();

    assertThat(testCase.timeout()).isEmpty();
    assertThat(testCase.memoryLimitMb()).isEmpty();
    assertThat(testCase.source()).isEmpty();
  }

  @Test
  void caseIsNotChangedByItsBuilderAfterwards() {
    PluginTestCase.Builder builder = valid();
    PluginTestCase testCase = builder.build();
    builder.expecting(Expectations.dropped()).withTags("late");

    assertThat(testCase.expectations()).hasSize(1);
    assertThat(testCase.tags()).isEmpty();
    assertThatThrownBy(() -> testCase.batches().add(List.of()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsANonPositiveTimeout() {
    assertThatThrownBy(() -> valid().withTimeout(Duration.ZERO).build())
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage(
            "PluginTestCase [parses-json]: [timeout] must be positive but was [PT0S]"
                + " (fix: give a positive timeout, e.g. Duration.ofSeconds(1))");
  }

  @Test
  void rejectsABlankName() {
    assertThatThrownBy(() -> PluginTestCase.builder(" ").withInput(Records.text("a")).build())
        .hasMessage(
            "PluginTestCase [ ]: [name] must not be blank but was [ ]"
                + " (fix: name the case, e.g. PluginTestCase.builder(\"drops-debug-lines\"))");
  }

  @Test
  void rejectsACaseWithoutInput() {
    assertThatThrownBy(() -> PluginTestCase.builder("x").expecting(Expectations.dropped()).build())
        .hasMessage(
            "PluginTestCase [x]: [input] is missing"
                + " (fix: give the records with withInput(Records.text(\"...\")))");
  }

  @Test
  void rejectsInputTogetherWithBatches() {
    assertThatThrownBy(() -> valid().withBatch(Records.text("b")).build())
        .hasMessage(
            "PluginTestCase [parses-json]: [input] and [batches] are both given"
                + " (fix: give one batch with withInput(..) or several with withBatch(..), not both)");
  }

  @Test
  void rejectsACaseWithoutExpectations() {
    assertThatThrownBy(() -> PluginTestCase.builder("x").withInput(Records.text("a")).build())
        .isInstanceOfSatisfying(
            InvalidSpecException.class,
            e -> {
              assertThat(e.spec()).isEqualTo("PluginTestCase [x]");
              assertThat(e.field()).isEqualTo("expectations");
              assertThat(e.problem()).isEqualTo("is empty: a case must expect something");
            });
  }

  @Test
  void rejectsAMemoryLimitOutOfRange() {
    assertThatThrownBy(() -> valid().withMemoryLimitMb(0).build())
        .hasMessage(
            "PluginTestCase [parses-json]: [memoryLimitMb] must be between 1 and 4096 but was [0]"
                + " (fix: give 1 to 4096 MiB, e.g. 64)");
  }

  @Test
  void rejectsATagJUnitCannotSelect() {
    assertThatThrownBy(() -> valid().withTags("a b").build())
        .hasMessage(
            "PluginTestCase [parses-json]: [tags] contains an invalid tag [a b]"
                + " (fix: use tags without blanks, control characters or any of ,()&|!)");
  }

  @Test
  void rejectsAFailureExpectedTogetherWithOutputs() {
    assertThatThrownBy(() -> valid().expecting(Expectations.failure(FailureKind.TRAP)).build())
        .hasMessageContaining(
            "[expectations] expect both a failure and outputs, which no run can meet");
  }

  @Test
  void rejectsPerBatchExpectationsThatDoNotMatchTheBatches() {
    assertThatThrownBy(
            () ->
                PluginTestCase.builder("x")
                    .withBatch(Records.text("a"))
                    .withBatch(Records.text("b"))
                    .expecting(Expectations.batches(Expectations.count(1)))
                    .build())
        .hasMessage(
            "PluginTestCase [x]: [expectations] expect per batch 1 batches but the case has [2]"
                + " (fix: give one expectation per input batch)");
  }
}
