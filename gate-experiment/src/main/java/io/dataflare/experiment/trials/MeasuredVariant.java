package io.dataflare.experiment.trials;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.baselines.gate.Metric;
import io.dataflare.baselines.gate.MetricVerdict;
import io.dataflare.baselines.gate.RegressionGate;
import io.dataflare.experiment.pool.ForkPool;
import io.dataflare.experiment.pool.ForkSample;
import io.dataflare.experiment.pool.Round;
import io.dataflare.experiment.pool.Variant;
import java.util.List;
import java.util.Objects;
import org.apache.commons.statistics.descriptive.Median;
import org.apache.commons.statistics.descriptive.Quantile;
import org.apiguardian.api.API;

/**
 * What the whole pool says about one variant: its real effect, measured rather than intended.
 *
 * @param name the variant
 * @param planted what was planted, in words
 * @param forks its forks in the pool
 * @param medianWallClock the median fork value (the analysis's {@link ForkValue}), in the pool's
 *     unit
 * @param spreadPercent the forks' interquartile range over their median, in percent
 * @param changePercent the change of the median against the base's, in percent (NaN for the base)
 * @param changeLowPercent the low end of the gate's 95% bootstrap interval of that change
 * @param changeHighPercent the high end of that interval
 * @param medianCallChangePercent the change of the median of the forks' median call times against
 *     the base's, in percent (NaN for the base): a diagnosis that load hardly moves
 * @param instructionsPerRecord the harness's exact count in the first round (NaN if not counted)
 * @param instructionsChangePercent the count's change against the base's, in percent
 * @param countRepeated whether every pass of every round counted exactly the same
 * @param allocationPerRecord the median allocation per record (NaN if not measured)
 */
@API(status = INTERNAL, since = "0.1")
public record MeasuredVariant(
    String name,
    String planted,
    int forks,
    double medianWallClock,
    double spreadPercent,
    double changePercent,
    double changeLowPercent,
    double changeHighPercent,
    double medianCallChangePercent,
    double instructionsPerRecord,
    double instructionsChangePercent,
    boolean countRepeated,
    double allocationPerRecord) {

  static MeasuredVariant of(
      ForkPool pool, String variant, RegressionGate gate, ForkValue forkValue) {
    List<Round> rounds = pool.rounds();
    double[] wall =
        pool.values(variant, rounds, forkValue.function()).stream()
            .mapToDouble(Double::doubleValue)
            .toArray();
    double median = Median.withDefaults().evaluate(wall);
    double[] quartiles = Quantile.withDefaults().evaluate(wall, 0.25, 0.75);
    double change = Double.NaN;
    double low = Double.NaN;
    double high = Double.NaN;
    if (!variant.equals(Variant.BASE)) {
      PoolSides sides = new PoolSides(pool, forkValue);
      MetricVerdict wallClock =
          gate.compare(sides.side(Variant.BASE, rounds), sides.side(variant, rounds))
              .verdict(pool.benchmark())
              .flatMap(v -> v.metric(Metric.WALL_CLOCK))
              .orElseThrow();
      change = wallClock.changePercent();
      if (wallClock.interval() != null) {
        low = wallClock.interval().lowPercent();
        high = wallClock.interval().highPercent();
      }
    }
    double medianCallChange =
        variant.equals(Variant.BASE)
            ? Double.NaN
            : (medianOf(pool, variant, ForkSample::medianCall)
                        / medianOf(pool, Variant.BASE, ForkSample::medianCall)
                    - 1)
                * 100;
    double count = firstCount(pool, variant);
    double baseCount = firstCount(pool, Variant.BASE);
    return new MeasuredVariant(
        variant,
        pool.variant(variant).planted(),
        wall.length,
        median,
        (quartiles[1] - quartiles[0]) / median * 100,
        change,
        low,
        high,
        medianCallChange,
        count,
        (count / baseCount - 1) * 100,
        countRepeated(pool, variant, count),
        allocationMedian(pool, variant));
  }

  private static double medianOf(
      ForkPool pool, String variant, java.util.function.ToDoubleFunction<ForkSample> metric) {
    return Median.withDefaults()
        .evaluate(
            pool.values(variant, pool.rounds(), metric).stream()
                .mapToDouble(Double::doubleValue)
                .toArray());
  }

  private static double firstCount(ForkPool pool, String variant) {
    List<Double> passes = pool.rounds().get(0).fork(variant).instructionPasses();
    return passes.isEmpty() ? Double.NaN : passes.get(0);
  }

  private static boolean countRepeated(ForkPool pool, String variant, double count) {
    return pool.rounds().stream()
        .flatMap(r -> r.fork(variant).instructionPasses().stream())
        .allMatch(pass -> pass == count);
  }

  private static double allocationMedian(ForkPool pool, String variant) {
    List<Double> values =
        pool.rounds().stream()
            .map(r -> r.fork(variant))
            .map(ForkSample::allocationPerRecord)
            .filter(Objects::nonNull)
            .toList();
    return values.isEmpty()
        ? Double.NaN
        : Median.withDefaults()
            .evaluate(values.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
