package io.dataflare.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LatencyHistogramTests {

  @Test
  void isEmptyBeforeTheFirstRecord() {
    LatencyHistogram histogram = new LatencyHistogram();

    assertThat(histogram.percentile(0.5)).isZero();
    assertThat(histogram.max()).isZero();
  }

  @Test
  void keepsSmallValuesExact() {
    LatencyHistogram histogram = new LatencyHistogram();
    for (long value = 0; value < 16; value++) {
      histogram.record(value);
    }

    assertThat(histogram.percentile(0.5)).isEqualTo(7);
    assertThat(histogram.max()).isEqualTo(15);
  }

  @Test
  void reportsPercentilesWithinOneSixteenth() {
    LatencyHistogram histogram = new LatencyHistogram();
    for (long value = 1; value <= 100_000; value++) {
      histogram.record(value * 1_000);
    }

    assertThat((double) histogram.percentile(0.50))
        .isCloseTo(50_000_000, within(50_000_000 / 16.0));
    assertThat((double) histogram.percentile(0.99))
        .isCloseTo(99_000_000, within(99_000_000 / 16.0));
    assertThat(histogram.max()).isEqualTo(100_000_000);
  }

  @Test
  void mapsEveryBucketBackToARangeHoldingItsValues() {
    for (long value : new long[] {16, 17, 31, 32, 1_000, 123_456_789, Long.MAX_VALUE}) {
      int bucket = LatencyHistogram.bucketOf(value);

      assertThat(LatencyHistogram.lowerBoundOf(bucket)).isLessThanOrEqualTo(value);
      assertThat(LatencyHistogram.bucketOf(LatencyHistogram.lowerBoundOf(bucket)))
          .isEqualTo(bucket);
    }
  }
}
