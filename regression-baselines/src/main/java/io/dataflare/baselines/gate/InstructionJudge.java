package io.dataflare.baselines.gate;

import static io.dataflare.baselines.internal.Format.percent;
import static io.dataflare.baselines.internal.Format.share;
import static io.dataflare.baselines.internal.Format.value;

import io.dataflare.baselines.InstructionCount;
import io.dataflare.baselines.Measurement;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Judges executed WASM instructions per record exactly: more than the tolerance (1%) above the
 * reference regresses, any other change is reported, and a change although neither the module nor
 * the input changed is a framework error (exact counting must repeat).
 */
final class InstructionJudge {
  private static final String UNIT = "instructions/record";

  private final GateSettings settings;

  InstructionJudge(GateSettings settings) {
    this.settings = settings;
  }

  @Nullable MetricVerdict judge(Measurement reference, Measurement current) {
    InstructionCount before = reference.instructionsPerRecord();
    InstructionCount after = current.instructionsPerRecord();
    if (before == null && after == null) {
      return null;
    }
    if (after == null) {
      return verdict(
          before,
          null,
          Verdict.INCONCLUSIVE,
          "instructions.not-measured",
          "The reference counted "
              + value(before.perRecord())
              + " instructions per record but this run counted none: enable the interpreter"
              + " counting pass");
    }
    if (!after.repeatable()) {
      return verdict(
          before,
          after,
          Verdict.ERROR,
          "instructions.not-repeatable",
          "Framework error: two counting passes over the same input counted "
              + after.passes()
              + " instructions per record; exact counting must repeat. This is a DataFlare"
              + " TestKit bug, not a plugin regression: report it");
    }
    if (before == null) {
      return verdict(
          null,
          after,
          Verdict.NEW,
          "instructions.no-baseline",
          "Counted "
              + value(after.perRecord())
              + " instructions per record; the reference has none");
    }
    double from = before.perRecord();
    double to = after.perRecord();
    if (from == to) {
      return verdict(
          before,
          after,
          Verdict.PASS,
          "instructions.unchanged",
          "Unchanged at " + value(to) + " instructions per record");
    }
    String change =
        "from "
            + value(from)
            + " to "
            + value(to)
            + " instructions per record ("
            + percent(percentChange(from, to))
            + ")";
    if (sameCode(reference, current)) {
      return verdict(
          before,
          after,
          Verdict.ERROR,
          "instructions.changed-same-hashes",
          "Framework error: the count changed "
              + change
              + " although the module and the input are the same (same SHA-256s); exact"
              + " counting must repeat. This is a DataFlare TestKit bug, not a plugin regression:"
              + " report it");
    }
    double tolerancePercent = settings.instructionTolerance() * 100;
    if (percentChange(from, to) > tolerancePercent) {
      return verdict(
          before,
          after,
          Verdict.REGRESSED,
          "instructions.above-tolerance",
          "More work: " + change + ", more than the " + share(tolerancePercent) + " allowed");
    }
    if (to < from) {
      return verdict(before, after, Verdict.IMPROVED, "instructions.fewer", "Less work: " + change);
    }
    return verdict(
        before,
        after,
        Verdict.PASS,
        "instructions.within-tolerance",
        "Changed " + change + ", within the " + share(tolerancePercent) + " allowed");
  }

  private static boolean sameCode(Measurement reference, Measurement current) {
    return reference.moduleSha256() != null
        && reference.inputSha256() != null
        && Objects.equals(reference.moduleSha256(), current.moduleSha256())
        && Objects.equals(reference.inputSha256(), current.inputSha256());
  }

  private static double percentChange(double from, double to) {
    return from == 0 ? (to == 0 ? 0 : Double.POSITIVE_INFINITY) : (to / from - 1) * 100;
  }

  private static MetricVerdict verdict(
      @Nullable InstructionCount before,
      @Nullable InstructionCount after,
      Verdict verdict,
      String ruleId,
      String sentence) {
    double from = before == null ? Double.NaN : before.perRecord();
    double to = after == null ? Double.NaN : after.perRecord();
    return new MetricVerdict(
        Metric.INSTRUCTIONS,
        verdict,
        false,
        new Rule(ruleId, sentence + "."),
        UNIT,
        from,
        to,
        before == null || after == null ? Double.NaN : percentChange(from, to),
        null,
        Double.NaN,
        before == null ? 0 : before.passes().size(),
        after == null ? 0 : after.passes().size());
  }
}
