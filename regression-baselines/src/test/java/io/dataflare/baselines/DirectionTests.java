package io.dataflare.baselines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DirectionTests {
  @Test
  void timePerOperationIsBetterLower() {
    assertThat(Direction.fromUnit("us/op")).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(Direction.fromUnit("ns/op")).isEqualTo(Direction.LOWER_IS_BETTER);
    assertThat(Direction.fromUnit("B/record")).isEqualTo(Direction.LOWER_IS_BETTER);
  }

  @Test
  void operationsPerTimeAreBetterHigher() {
    assertThat(Direction.fromUnit("ops/s")).isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(Direction.fromUnit("ops/ms")).isEqualTo(Direction.HIGHER_IS_BETTER);
    assertThat(Direction.fromUnit("records/s")).isEqualTo(Direction.HIGHER_IS_BETTER);
  }

  @Test
  void unitWithoutDirectionIsRejectedByName() {
    assertThatThrownBy(() -> Direction.fromUnit("MB/sec"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[MB/sec]");
  }
}
