package io.dataflare.baselines.gate;

import static io.dataflare.baselines.fixtures.Runs.baseline;
import static io.dataflare.baselines.fixtures.Runs.baselines;
import static io.dataflare.baselines.fixtures.Runs.forks;
import static io.dataflare.baselines.fixtures.Runs.machine;
import static io.dataflare.baselines.fixtures.Runs.run;
import static io.dataflare.baselines.fixtures.Runs.scaled;
import static io.dataflare.baselines.fixtures.Runs.shuffled;
import static io.dataflare.baselines.fixtures.Runs.tenForks;
import static io.dataflare.baselines.fixtures.Runs.wallClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dataflare.baselines.Measurement;
import io.dataflare.baselines.NoiseFloor;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WallClockGateTests {
  private static final String ID = "error-filter/filter-100B";

  private final RegressionGate gate = RegressionGate.withDefaults();

  @Test
  void identicalDistributionsPass() {
    BenchmarkVerdict v = check(tenForks(), shuffled(tenForks()));

    assertThat(v.verdict()).isEqualTo(Verdict.PASS);
    assertThat(v.rule().id()).isEqualTo("wall.not-significant");
    assertThat(v.failsBuild()).isFalse();
  }

  @Test
  void twentyPercentSlowerWithTenForksRegresses() {
    BenchmarkVerdict v = check(tenForks(), scaled(tenForks(), 1.2));

    assertThat(v.verdict()).isEqualTo(Verdict.REGRESSED);
    assertThat(v.rule().id()).isEqualTo("wall.regressed");
    assertThat(v.failsBuild()).isTrue();
    MetricVerdict wall = v.metric(Metric.WALL_CLOCK).orElseThrow();
    assertThat(wall.changePercent()).isCloseTo(20, within(1e-9));
    assertThat(wall.interval().lowPercent()).isGreaterThan(5).isLessThan(20);
    assertThat(wall.interval().highPercent()).isGreaterThan(20);
    assertThat(wall.pValue()).isLessThan(0.001);
    assertThat(wall.baselineForks()).isEqualTo(10);
    assertThat(wall.currentForks()).isEqualTo(10);
    assertThat(v.rule().sentence())
        .startsWith("Slower: +20.0% [")
        .contains("Mann-Whitney p < 0.0001", "minimum effect of 5.0%");
  }

  @Test
  void twentyPercentFasterWithTenForksImproves() {
    BenchmarkVerdict v = check(tenForks(), scaled(tenForks(), 0.8));

    assertThat(v.verdict()).isEqualTo(Verdict.IMPROVED);
    assertThat(v.rule().id()).isEqualTo("wall.improved");
    assertThat(v.metric(Metric.WALL_CLOCK).orElseThrow().pValue()).isLessThan(0.001);
  }

  @Test
  void threeAgainstThreeForksIsInconclusiveEvenFiftyPercentSlower() {
    BenchmarkVerdict v = check(forks(100, 101, 102), forks(150, 151, 152));

    assertThat(v.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(v.rule().id()).isEqualTo("wall.too-few-forks");
    assertThat(v.rule().sentence())
        .contains("Only 3 reference and 3 current forks", "at least 5 per side");
    // The exact one-sided test cannot go below 1 / C(6,3) = 0.05 with 3 against 3.
    assertThat(v.metric(Metric.WALL_CLOCK).orElseThrow().pValue()).isEqualTo(0.05);
    assertThat(v.failsBuild()).isFalse();
  }

  @Test
  void fourCurrentForksAreTooFewAgainstTen() {
    BenchmarkVerdict v = check(tenForks(), scaled(forks(100, 101, 102, 103), 1.5));

    assertThat(v.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void fiveForksPerSideAreEnoughToGate() {
    BenchmarkVerdict v = check(forks(100, 101, 102, 103, 104), forks(130, 131, 132, 133, 134));

    assertThat(v.verdict()).isEqualTo(Verdict.REGRESSED);
    assertThat(v.metric(Metric.WALL_CLOCK).orElseThrow().pValue())
        .isCloseTo(1.0 / 252, within(1e-12));
  }

  @Test
  void otherMachineTurnsRegressionIntoWarning() {
    GateResult result =
        gate.check(
            baselines(baseline(wallClock(ID, tenForks()))),
            run(machine("AMD EPYC 7B13"), wallClock(ID, scaled(tenForks(), 1.2))));

    BenchmarkVerdict v = result.verdict(ID).orElseThrow();
    assertThat(v.verdict()).isEqualTo(Verdict.REGRESSED);
    assertThat(v.isWarning()).isTrue();
    assertThat(v.failsBuild()).isFalse();
    assertThat(v.rule().id()).isEqualTo("wall.other-machine");
    assertThat(v.rule().sentence()).contains("differs in cpuModel", "warning only");
    assertThat(v.fingerprint().differences()).containsExactly("cpuModel");
    assertThat(result.passed()).isTrue();
    assertThat(result.warnings()).containsExactly(v);
    assertThat(result.needsConfirmation()).isFalse();
  }

  @Test
  void significantButSmallSlowdownPassesBelowMinimumEffect() {
    List<Double> tight = IntStream.range(0, 10).mapToObj(i -> 100 + i * 0.1).toList();

    BenchmarkVerdict v = check(tight, scaled(tight, 1.02));

    assertThat(v.verdict()).isEqualTo(Verdict.PASS);
    assertThat(v.rule().id()).isEqualTo("wall.below-minimum-effect");
    assertThat(v.metric(Metric.WALL_CLOCK).orElseThrow().pValue()).isLessThan(0.05);
    assertThat(v.metric(Metric.WALL_CLOCK).orElseThrow().interval().highPercent()).isLessThan(5);
  }

  @Test
  void regressesWhenIntervalReachesPastMinimumEffectThoughItsNearBoundDoesNot() {
    BenchmarkVerdict v = check(tenForks(), scaled(tenForks(), 1.06));

    MetricVerdict wall = v.metric(Metric.WALL_CLOCK).orElseThrow();
    assertThat(wall.interval().lowPercent()).isLessThan(5);
    assertThat(wall.interval().highPercent()).isGreaterThan(5);
    assertThat(wall.pValue()).isLessThan(0.05);
    assertThat(v.verdict()).isEqualTo(Verdict.REGRESSED);
  }

  @Test
  void minimumEffectIsTwiceTheNoiseFloor() {
    List<Double> tight = IntStream.range(0, 10).mapToObj(i -> 100 + i * 0.1).toList();
    GateResult result =
        gate.check(
            baselines(
                baseline(wallClock(ID, tight), new NoiseFloor(0.10, NoiseFloor.RUN_MEDIANS, 3))),
            run(wallClock(ID, scaled(tight, 1.15))));

    BenchmarkVerdict v = result.verdict(ID).orElseThrow();
    assertThat(v.minimumEffectPercent()).isCloseTo(20, within(1e-9));
    assertThat(v.verdict()).isEqualTo(Verdict.PASS);
    assertThat(v.rule().id()).isEqualTo("wall.below-minimum-effect");
  }

  @Test
  void minimumEffectIsAtLeastFivePercent() {
    GateResult result =
        gate.check(
            baselines(
                baseline(
                    wallClock(ID, tenForks()), new NoiseFloor(0.01, NoiseFloor.RUN_MEDIANS, 3))),
            run(wallClock(ID, tenForks())));

    assertThat(result.verdict(ID).orElseThrow().minimumEffectPercent()).isCloseTo(5, within(1e-9));
  }

  @Test
  void throughputDropRegressesBecauseHigherIsBetter() {
    Measurement before = Measurement.builder(ID).withWallClock("ops/s", tenForks()).build();
    Measurement after =
        Measurement.builder(ID).withWallClock("ops/s", scaled(tenForks(), 0.8)).build();

    BenchmarkVerdict v =
        gate.check(baselines(baseline(before)), run(after)).verdict(ID).orElseThrow();

    assertThat(v.verdict()).isEqualTo(Verdict.REGRESSED);
    assertThat(v.metric(Metric.WALL_CLOCK).orElseThrow().changePercent())
        .isCloseTo(-20, within(1e-9));
  }

  @Test
  void throughputRiseImproves() {
    Measurement before = Measurement.builder(ID).withWallClock("ops/s", tenForks()).build();
    Measurement after =
        Measurement.builder(ID).withWallClock("ops/s", scaled(tenForks(), 1.25)).build();

    BenchmarkVerdict v =
        gate.check(baselines(baseline(before)), run(after)).verdict(ID).orElseThrow();

    assertThat(v.verdict()).isEqualTo(Verdict.IMPROVED);
  }

  @Test
  void bootstrapIntervalIsReproducibleAndHoldsThePointEstimate() {
    MetricVerdict first =
        check(tenForks(), scaled(tenForks(), 1.1)).metric(Metric.WALL_CLOCK).orElseThrow();
    MetricVerdict second =
        check(tenForks(), scaled(tenForks(), 1.1)).metric(Metric.WALL_CLOCK).orElseThrow();

    assertThat(second.interval()).isEqualTo(first.interval());
    assertThat(first.interval().lowPercent()).isLessThan(first.changePercent());
    assertThat(first.interval().highPercent()).isGreaterThan(first.changePercent());
    assertThat(first.interval().confidence()).isEqualTo(0.95);
  }

  @Test
  void changedUnitIsAFrameworkErrorNotARegression() {
    Measurement after =
        Measurement.builder(ID).withWallClock("ns/op", scaled(tenForks(), 1000)).build();

    BenchmarkVerdict v =
        gate.check(baselines(baseline(wallClock(ID, tenForks()))), run(after))
            .verdict(ID)
            .orElseThrow();

    assertThat(v.verdict()).isEqualTo(Verdict.ERROR);
    assertThat(v.rule().id()).isEqualTo("wall.unit-changed");
    assertThat(v.rule().sentence()).contains("[us/op] to [ns/op]");
  }

  private BenchmarkVerdict check(List<Double> baselineForks, List<Double> currentForks) {
    return gate.check(
            baselines(baseline(wallClock(ID, baselineForks))), run(wallClock(ID, currentForks)))
        .verdict(ID)
        .orElseThrow();
  }
}
