package io.dataflare.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpecChecksTests {

  @Test
  void numberInsideTheRangeHasNoProblem() {
    assertThat(SpecChecks.outOfRange(5, 1, 10)).isEmpty();
  }

  @Test
  void rangeWithBothBoundsNamesBoth() {
    assertThat(SpecChecks.outOfRange(8192, 1, 4096))
        .contains("must be between 1 and 4096 but was [8192]");
  }

  @Test
  void lowerBoundAloneIsNamedWhenTheValueIsBelowIt() {
    assertThat(SpecChecks.outOfRange(0, 1, Integer.MAX_VALUE))
        .contains("must be at least 1 but was [0]");
  }

  @Test
  void integerLimitIsNamedWhenTheValueIsAboveIt() {
    assertThat(SpecChecks.outOfRange(3_000_000_000L, 1, Integer.MAX_VALUE))
        .contains("must be at most 2147483647 but was [3000000000]");
  }
}
