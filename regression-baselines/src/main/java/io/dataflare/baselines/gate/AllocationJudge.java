package io.dataflare.baselines.gate;

import static io.dataflare.baselines.internal.Format.percent;
import static io.dataflare.baselines.internal.Format.share;
import static io.dataflare.baselines.internal.Format.value;

import io.dataflare.baselines.ForkValues;
import io.dataflare.baselines.Measurement;
import org.jspecify.annotations.Nullable;

/**
 * Judges allocated bytes per record: a regression when every fork allocates more than the
 * reference's median plus {@code max(2%, 64 B)}, or when a path that allocated nothing (less than 8
 * bytes per batch call, half the smallest Java object: JMH's own noise) now allocates at least that
 * much in every fork.
 */
final class AllocationJudge {
  private final GateSettings settings;

  AllocationJudge(GateSettings settings) {
    this.settings = settings;
  }

  @Nullable MetricVerdict judge(Measurement reference, Measurement current) {
    ForkValues before = reference.allocationPerRecord();
    ForkValues after = current.allocationPerRecord();
    if (before == null && after == null) {
      return null;
    }
    if (after == null) {
      return verdict(
          before,
          null,
          Verdict.INCONCLUSIVE,
          "allocation.not-measured",
          "The reference measured allocation but this run did not: enable JMH's gc profiler");
    }
    if (before == null) {
      return verdict(
          null,
          after,
          Verdict.NEW,
          "allocation.no-baseline",
          "Allocates " + value(after.median()) + " B/record; the reference did not measure it");
    }
    double base = before.median();
    double tolerance =
        Math.max(settings.allocationTolerance() * base, settings.allocationToleranceBytes());
    int recordsPerCall = Math.max(1, current.dataSize());
    double nothing = settings.nothingAllocatedBytesPerCall() / recordsPerCall;
    String change =
        "from "
            + value(base)
            + " to "
            + value(after.median())
            + " B/record (median; forks "
            + value(after.min())
            + " to "
            + value(after.max())
            + ")";
    if (base < nothing && after.min() >= nothing) {
      return verdict(
          before,
          after,
          Verdict.REGRESSED,
          "allocation.now-allocates",
          "A path that allocated nothing now allocates in every fork: " + change);
    }
    String allowed =
        "max("
            + share(settings.allocationTolerance() * 100)
            + ", "
            + value(settings.allocationToleranceBytes())
            + " B) = "
            + value(tolerance)
            + " B/record";
    if (after.min() > base + tolerance) {
      return verdict(
          before,
          after,
          Verdict.REGRESSED,
          "allocation.above-tolerance",
          "Every fork allocates more than the reference plus "
              + allowed
              + ": "
              + change
              + ", "
              + percent((after.median() / base - 1) * 100));
    }
    if (after.max() < base - tolerance) {
      return verdict(
          before,
          after,
          Verdict.IMPROVED,
          "allocation.below-tolerance",
          "Every fork allocates less than the reference minus " + allowed + ": " + change);
    }
    return verdict(
        before,
        after,
        Verdict.PASS,
        "allocation.within-tolerance",
        "Within " + allowed + " of the reference: " + change);
  }

  private static MetricVerdict verdict(
      @Nullable ForkValues before,
      @Nullable ForkValues after,
      Verdict verdict,
      String ruleId,
      String sentence) {
    double from = before == null ? Double.NaN : before.median();
    double to = after == null ? Double.NaN : after.median();
    return new MetricVerdict(
        Metric.ALLOCATION,
        verdict,
        false,
        new Rule(ruleId, sentence + "."),
        Measurement.ALLOCATION_UNIT,
        from,
        to,
        from > 0 ? (to / from - 1) * 100 : Double.NaN,
        null,
        Double.NaN,
        before == null ? 0 : before.forks(),
        after == null ? 0 : after.forks());
  }
}
