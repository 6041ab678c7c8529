package io.dataflare.baselines.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.baselines.Fingerprint;
import io.dataflare.baselines.Measurement;
import io.dataflare.baselines.MeasurementSet;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The decision rule's error rates on a model of a shared machine: A/B runs of 10 forks per side,
 * each fork's value log-normal with 3% spread, every first-run alarm re-run once for confirmation.
 * Seeded, so the counts are exact and repeatable. (The experiment on real plugin runs lives
 * with the harness; this pins the statistics alone.)
 */
class GateOperatingCharacteristicsTests {
  private static final int RUNS = 200;
  private static final int FORKS = 10;
  private static final double SPREAD = 0.03;

  private final RegressionGate gate = RegressionGate.withDefaults();

  @Test
  void unchangedCodeRaisesAtMostOnePercentConfirmedFalseAlarms() {
    assertThat(confirmedAlarms(1.00)).isLessThanOrEqualTo(RUNS / 100);
  }

  @Test
  void tenPercentSlowdownIsCaughtAtLeastNinetyFivePercentOfTheTime() {
    assertThat(confirmedAlarms(1.10)).isGreaterThanOrEqualTo(RUNS * 95 / 100);
  }

  @Test
  void fivePercentSlowdownIsCaughtAtLeastEightyPercentOfTheTime() {
    assertThat(confirmedAlarms(1.05)).isGreaterThanOrEqualTo(RUNS * 80 / 100);
  }

  private int confirmedAlarms(double slowdown) {
    SplittableRandom random = new SplittableRandom(42);
    int alarms = 0;
    int confirmed = 0;
    for (int i = 0; i < RUNS; i++) {
      GateResult first = gate.compare(run(random, 1), run(random, slowdown));
      if (first.needsConfirmation()) {
        alarms++;
        if (!gate.confirm(first, run(random, 1), run(random, slowdown)).passed()) {
          confirmed++;
        }
      }
    }
    System.out.printf(
        "planted x%.2f: %d of %d first runs alarmed, %d confirmed%n",
        slowdown, alarms, RUNS, confirmed);
    return confirmed;
  }

  private static MeasurementSet run(SplittableRandom random, double factor) {
    List<Double> forks = new ArrayList<>();
    for (int f = 0; f < FORKS; f++) {
      forks.add(100 * factor * Math.exp(SPREAD * gaussian(random)));
    }
    return new MeasurementSet(
        List.of(Measurement.builder("model/benchmark").withWallClock("us/op", forks).build()),
        Fingerprint.unknown());
  }

  // Box-Muller: SplittableRandom has no nextGaussian on Java 17.
  private static double gaussian(SplittableRandom random) {
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
        * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
