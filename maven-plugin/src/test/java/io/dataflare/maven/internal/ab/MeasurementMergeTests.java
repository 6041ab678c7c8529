package io.dataflare.maven.internal.ab;

import static io.dataflare.maven.fixtures.Runs.measurement;
import static io.dataflare.maven.fixtures.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.dataflare.baselines.ForkValues;
import io.dataflare.baselines.Measurement;
import io.dataflare.baselines.MeasurementSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasurementMergeTests {
  private static final String ID = "error-filter/filter-1k";

  @Test
  void forksOfEveryRunAreJoinedInRunOrder() {
    MeasurementSet merged =
        MeasurementMerge.merge(
            List.of(run(measurement(ID, 100, 50)), run(measurement(ID, 200, 50))));

    Measurement m = merged.find(ID).orElseThrow();
    assertThat(m.wallClock().values()).hasSize(12).startsWith(100.0).contains(200.0);
    assertThat(m.allocationPerRecord().values()).hasSize(12);
  }

  @Test
  void medianCallsAreJoinedWhenEveryRunHasThem() {
    Measurement withCalls =
        measurement(ID, 100, 50).toBuilder()
            .withMedianCalls(ForkValues.of("us/op", List.of(90.0, 91.0, 92.0, 93.0, 94.0, 95.0)))
            .build();

    Measurement joined =
        MeasurementMerge.merge(List.of(run(withCalls), run(withCalls))).find(ID).orElseThrow();
    Measurement mixed =
        MeasurementMerge.merge(List.of(run(withCalls), run(measurement(ID, 100, 50))))
            .find(ID)
            .orElseThrow();

    assertThat(joined.medianCalls().values()).hasSize(12).startsWith(90.0, 91.0);
    assertThat(mixed.medianCalls()).isNull();
    assertThat(mixed.wallClock().forks()).isEqualTo(12);
  }

  @Test
  void instructionsAndHashesComeFromTheFirstRun() {
    Measurement first = measurement(ID, 100, 50);

    Measurement merged =
        MeasurementMerge.merge(List.of(run(first), run(measurement(ID, 100, 50))))
            .find(ID)
            .orElseThrow();

    assertThat(merged.instructionsPerRecord()).isEqualTo(first.instructionsPerRecord());
    assertThat(merged.moduleSha256()).isEqualTo(first.moduleSha256());
  }

  @Test
  void runWithoutABenchmarkOfTheFirstIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                MeasurementMerge.merge(
                    List.of(run(measurement(ID, 100, 50)), run(measurement("other/b", 1, 1)))))
        .withMessageContaining("[" + ID + "]");
  }
}
