package io.dataflare.baselines;

import static io.dataflare.baselines.fixtures.Runs.forks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoiseFloorTests {
  @Test
  void severalRunsGiveLargestRelativeDistanceOfARunMedianFromTheirMedian() {
    NoiseFloor noise =
        NoiseFloor.estimate(
            List.of(us(100, 90, 110), us(95, 96, 97), us(103, 104, 300), us(100, 100, 100)));

    // Run medians 100, 96, 104, 100: their median is 100; the farthest are 4% away.
    assertThat(noise.relative()).isCloseTo(0.04, within(1e-12));
    assertThat(noise.estimator()).isEqualTo(NoiseFloor.RUN_MEDIANS);
    assertThat(noise.runs()).isEqualTo(4);
  }

  @Test
  void oneRunGivesInterquartileRangeOverMedianAndRootOfForks() {
    NoiseFloor noise = NoiseFloor.estimate(List.of(us(90, 95, 100, 105, 110, 100, 100, 100, 95)));

    // Quartiles (Hyndman-Fan 8, the library's default) of the nine forks are 95 and 101.67;
    // the median is 100, and sqrt(9) = 3.
    assertThat(noise.relative()).isCloseTo((100 + 5.0 / 3 - 95) / 100 / 3, within(1e-9));
    assertThat(noise.estimator()).isEqualTo(NoiseFloor.FORK_IQR);
  }

  @Test
  void oneRunOfThreeForksGivesDefault() {
    assertThat(NoiseFloor.estimate(List.of(us(1, 2, 3)))).isEqualTo(NoiseFloor.DEFAULT);
    assertThat(NoiseFloor.DEFAULT.relative()).isEqualTo(0.025);
  }

  @Test
  void negativeNoiseFloorIsRejected() {
    assertThatThrownBy(() -> new NoiseFloor(-0.1, "x", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[-0.1]");
  }

  private static ForkValues us(double... values) {
    return ForkValues.of("us/op", forks(values));
  }
}
