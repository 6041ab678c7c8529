package io.dataflare.baselines.gate;

import static io.dataflare.baselines.fixtures.Runs.baseline;
import static io.dataflare.baselines.fixtures.Runs.baselines;
import static io.dataflare.baselines.fixtures.Runs.forks;
import static io.dataflare.baselines.fixtures.Runs.run;
import static io.dataflare.baselines.fixtures.Runs.scaled;
import static io.dataflare.baselines.fixtures.Runs.wallClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.dataflare.baselines.ForkValues;
import io.dataflare.baselines.Measurement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The wall-clock rule's fastest-forks comparison (A/B mode), on forks that settle at a few discrete
 * speeds as the forks of Chicory-compiled code do (a fast speed near 114 us/op, slower ones near
 * 145, 155 and 200).
 */
class FastestForksGateTests {
  private static final String ID = "error-filter/filter-mixed-1k";

  /** Six forks at the fast speed, four at slower ones. */
  private static final List<Double> REFERENCE_CALLS =
      forks(114.2, 113.8, 145.1, 114.5, 200.3, 114.0, 155.2, 113.9, 146.0, 114.3);

  /** Every speed 10% slower, but eight forks at the fast speed: the mix hides the slowdown. */
  private static final List<Double> TEN_PERCENT_SLOWER_MORE_FAST_FORKS =
      scaled(forks(114.2, 113.8, 114.5, 114.0, 145.1, 113.9, 114.3, 114.1, 114.4, 145.0), 1.10);

  private final RegressionGate gate = RegressionGate.withDefaults();

  @Test
  void slowerFastestForksRegressThoughTheMixOfSpeedsHidesItFromTheRankTest() {
    BenchmarkVerdict v =
        check(withCalls(REFERENCE_CALLS), withCalls(TEN_PERCENT_SLOWER_MORE_FAST_FORKS));

    assertThat(v.verdict()).isEqualTo(Verdict.REGRESSED);
    assertThat(v.failsBuild()).isTrue();
    assertThat(v.rule().id()).isEqualTo("wall.fastest-forks");
    MetricVerdict wall = v.metric(Metric.WALL_CLOCK).orElseThrow();
    assertThat(wall.baselineValue()).isEqualTo(113.8);
    assertThat(wall.currentValue()).isCloseTo(113.8 * 1.10, within(1e-9));
    assertThat(wall.changePercent()).isCloseTo(10, within(0.5));
    assertThat(wall.interval().highPercent()).isGreaterThan(5);
    assertThat(wall.pValue()).isLessThan(0.05);
    assertThat(v.rule().sentence())
        .startsWith(
            "Slower in its fastest forks: the best fork's median call went from 113.8 (of 10) to")
        .contains(
            "at 10 forks a side +10.",
            "minimum effect of 5.0%",
            "the rank test over all forks measured");
    // The rank test alone (the same runs without median calls) does not see it.
    BenchmarkVerdict rankOnly =
        check(withoutCalls(REFERENCE_CALLS), withoutCalls(TEN_PERCENT_SLOWER_MORE_FAST_FORKS));
    assertThat(rankOnly.verdict()).isEqualTo(Verdict.PASS);
    assertThat(rankOnly.rule().id()).isEqualTo("wall.not-significant");
  }

  @Test
  void unchangedCodeWithAnotherMixOfSpeedsPasses() {
    List<Double> moreSlowForks =
        forks(114.1, 145.3, 114.6, 200.1, 113.7, 154.9, 145.5, 114.4, 199.8, 114.0);

    BenchmarkVerdict v = check(withCalls(REFERENCE_CALLS), withCalls(moreSlowForks));

    assertThat(v.verdict()).isEqualTo(Verdict.PASS);
  }

  @Test
  void aSlowerFastestForkWithinTheMinimumEffectPasses() {
    BenchmarkVerdict v =
        check(withCalls(REFERENCE_CALLS), withCalls(scaled(REFERENCE_CALLS, 1.02)));

    assertThat(v.verdict()).isEqualTo(Verdict.PASS);
    assertThat(v.failsBuild()).isFalse();
  }

  @Test
  void fasterFastestForksAreNotReportedAsAnImprovementByThisRule() {
    List<Double> fasterMoreSlowForks =
        scaled(forks(114.1, 145.3, 200.1, 154.9, 145.5, 199.8, 114.0, 145.2, 155.1, 199.9), 0.9);

    BenchmarkVerdict v = check(withCalls(REFERENCE_CALLS), withCalls(fasterMoreSlowForks));

    assertThat(v.rule().id()).doesNotStartWith("wall.fastest-forks");
  }

  @Test
  void aBaselineWithoutMedianCallsIsJudgedByTheRankRuleAlone() {
    BenchmarkVerdict v =
        check(withoutCalls(REFERENCE_CALLS), withCalls(TEN_PERCENT_SLOWER_MORE_FAST_FORKS));

    assertThat(v.verdict()).isEqualTo(Verdict.PASS);
    assertThat(v.rule().id()).isEqualTo("wall.not-significant");
  }

  @Test
  void againstAStoredBaselineOnlyTheRankRuleJudges() {
    // The machine drifts between a baseline's recording and today's run, and the best fork moves
    // with it as much as with a small change: the rule needs both sides from one job.
    BenchmarkVerdict v =
        gate.check(
                baselines(baseline(withCalls(REFERENCE_CALLS))),
                run(withCalls(TEN_PERCENT_SLOWER_MORE_FAST_FORKS)))
            .verdict(ID)
            .orElseThrow();

    assertThat(v.verdict()).isEqualTo(Verdict.PASS);
    assertThat(v.rule().id()).isEqualTo("wall.not-significant");
  }

  @Test
  void aRerunThatRegressesInItsFastestForksConfirms() {
    GateResult first =
        gate.compare(
            run(withCalls(REFERENCE_CALLS)), run(withCalls(TEN_PERCENT_SLOWER_MORE_FAST_FORKS)));

    GateResult confirmed =
        gate.confirm(
            first,
            run(withCalls(REFERENCE_CALLS)),
            run(withCalls(scaled(TEN_PERCENT_SLOWER_MORE_FAST_FORKS, 1.01))));

    assertThat(first.benchmarksToConfirm()).containsExactly(ID);
    BenchmarkVerdict v = confirmed.verdict(ID).orElseThrow();
    assertThat(v.verdict()).isEqualTo(Verdict.REGRESSED);
    assertThat(v.confirmation()).isEqualTo(Confirmation.CONFIRMED);
  }

  @Test
  void aLargerReferenceIsComparedAtTheCurrentRunsForkCount() {
    // 18 reference forks and 6 current ones from the same speeds: the best of 18 is more often at
    // the fastest speed than the best of 6, which alone must not look like a slowdown.
    List<Double> eighteen =
        forks(
            13.65, 14.2, 14.3, 14.25, 14.4, 14.5, 14.35, 14.6, 15.6, 14.3, 14.45, 14.2, 14.5, 14.4,
            14.6, 14.3, 15.1, 14.25);
    List<Double> six = forks(14.21, 14.4, 14.3, 14.5, 14.35, 14.6);

    BenchmarkVerdict v = check(withCalls(eighteen), withCalls(six));

    assertThat(v.verdict()).isEqualTo(Verdict.PASS);
  }

  /** An A/B comparison: both sides from one job. */
  private BenchmarkVerdict check(Measurement reference, Measurement current) {
    return gate.compare(run(reference), run(current)).verdict(ID).orElseThrow();
  }

  /** Fork means 3% above the median calls (a few slow calls per fork), with the median calls. */
  private static Measurement withCalls(List<Double> calls) {
    return withoutCalls(calls).toBuilder().withMedianCalls(ForkValues.of("us/op", calls)).build();
  }

  private static Measurement withoutCalls(List<Double> calls) {
    return wallClock(ID, scaled(calls, 1.03));
  }
}
