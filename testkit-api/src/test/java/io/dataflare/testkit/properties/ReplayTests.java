package io.dataflare.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataflare.testkit.properties.internal.ValueText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A seed replays a run exactly: the same inputs, the same verdict, the same counterexample. */
class ReplayTests {

  private static List<String> inputsOf(long seed) {
    List<String> inputs = new ArrayList<>();
    Property.forAll(Generators.batches())
        .withSeed(seed)
        .withTries(60)
        .check(v -> inputs.add(ValueText.show(v)));
    return inputs;
  }

  private static PropertyResult failingRun(long seed) {
    return Property.forAll(Generators.records())
        .withSeed(seed)
        .run(
            batch ->
                assertThat(batch.stream().mapToInt(r -> r.valueLength()).sum()).isLessThan(40));
  }

  @Test
  void theSameSeedMakesTheSameInputs() {
    assertThat(inputsOf(1234)).isEqualTo(inputsOf(1234));
  }

  @Test
  void anotherSeedMakesOtherInputs() {
    assertThat(inputsOf(1234)).isNotEqualTo(inputsOf(4321));
  }

  @Test
  void theSameSeedGivesTheSameVerdictAndCounterexample() {
    PropertyResult first = failingRun(99);
    PropertyResult again = failingRun(99);

    assertThat(first.passed()).isFalse();
    assertThat(again.triesRun()).isEqualTo(first.triesRun());
    assertThat(again.counterexample().orElseThrow().shown())
        .isEqualTo(first.counterexample().orElseThrow().shown());
  }

  @Test
  void aFailureReportsItsSeedAndHowToReplayIt() {
    assertThatThrownBy(
            () ->
                Property.forAll(Generators.records())
                    .named("short-batches")
                    .withSeed(42)
                    .check(batch -> assertThat(batch).hasSizeLessThan(2)))
        .isInstanceOf(PropertyFailedError.class)
        .hasMessageStartingWith("property [short-batches] failed on try ")
        .hasMessageContaining("(seed 42)")
        .hasMessageContaining("a batch of 2 records:")
        .hasMessageContaining(
            "replay it exactly with .withSeed(42L) or -Ddataflare.properties.seed=42");
  }

  @Test
  void theSeedSystemPropertyOverridesTheGivenSeed() {
    System.setProperty(Property.SEED, "1234");
    try {
      PropertyResult result =
          Property.forAll(Generators.records()).withSeed(5).withTries(3).run(b -> {});
      assertThat(result.seed()).isEqualTo(1234);
    } finally {
      System.clearProperty(Property.SEED);
    }
  }

  @Test
  void aRunWhoseEveryTryIsDiscardedIsAnError() {
    Property<Long> impossible =
        Property.forAll(Generators.longs(0, 10).filter(n -> n > 10))
            .named("impossible")
            .withTries(5);

    assertThatThrownBy(() -> impossible.run(n -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("property [impossible]: all [5] tries were discarded");
  }

  @Test
  void everyRunReportsItsSeedEvenWhenItPasses() {
    PropertyResult result = Property.forAll(Generators.records()).withTries(5).run(b -> {});

    assertThat(result.passed()).isTrue();
    assertThat(result.seed()).isNotNegative();
    assertThat(result.failureMessage("")).contains("seed " + result.seed());
  }
}
