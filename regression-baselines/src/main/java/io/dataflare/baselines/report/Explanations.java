package io.dataflare.baselines.report;

import static io.dataflare.baselines.internal.Format.percent;

import io.dataflare.baselines.gate.BenchmarkVerdict;
import io.dataflare.baselines.gate.Confirmation;
import io.dataflare.baselines.gate.GateResult;
import io.dataflare.baselines.gate.MetricVerdict;
import io.dataflare.baselines.gate.Verdict;
import io.dataflare.baselines.store.BaselineStore;
import java.util.stream.Collectors;

/** The sentences a person reads: which benchmark, by how much, why, and what to do. */
final class Explanations {
  static final String WARN_ONLY = "-Ddataflare.failOnRegression=false";

  private Explanations() {}

  /** Why a failing benchmark fails, and how to accept the change. */
  static String failure(BenchmarkVerdict v, GateResult.Mode mode) {
    String accept =
        mode == GateResult.Mode.A_B
            ? "If the change is intended, make this artifact the new reference (A)"
            : "If the change is intended, accept it with `" + BaselineStore.UPDATE_COMMAND + "`";
    return subject(v)
        + " regressed: "
        + v.metrics().stream()
            .filter(MetricVerdict::failsBuild)
            .map(
                m ->
                    m.metric().label()
                        + " "
                        + percent(m.changePercent())
                        + " ("
                        + m.rule().id()
                        + "). "
                        + m.rule().sentence())
            .collect(Collectors.joining(" "))
        + confirmation(v)
        + " "
        + accept
        + "; to only warn, build with `"
        + WARN_ONLY
        + "`.";
  }

  /** What a framework error means. */
  static String error(BenchmarkVerdict v) {
    return subject(v)
        + ": "
        + v.metrics().stream()
            .filter(m -> m.verdict() == Verdict.ERROR)
            .map(m -> m.metric().label() + " (" + m.rule().id() + "). " + m.rule().sentence())
            .collect(Collectors.joining(" "));
  }

  /** A one-line note on a benchmark that neither fails nor errs. */
  static String note(BenchmarkVerdict v) {
    return subject(v)
        + " "
        + v.verdict().name().toLowerCase(java.util.Locale.ROOT)
        + " ("
        + v.rule().id()
        + "): "
        + v.rule().sentence();
  }

  /**
   * Whether a passing benchmark still deserves a note (a reported change, an unconfirmed alarm).
   */
  static boolean noteworthy(BenchmarkVerdict v) {
    if (v.verdict() != Verdict.PASS) {
      return true;
    }
    return v.confirmation() == Confirmation.NOT_CONFIRMED
        || v.metrics().stream()
            .anyMatch(m -> m.rule().id().equals("instructions.within-tolerance"));
  }

  /** All metric sentences of a benchmark, one per line. */
  static String details(BenchmarkVerdict v) {
    StringBuilder text = new StringBuilder();
    for (MetricVerdict m : v.metrics()) {
      text.append(m.metric().label())
          .append(": ")
          .append(m.verdict())
          .append(m.warningOnly() ? " (warning only)" : "")
          .append(" [")
          .append(m.rule().id())
          .append("] ")
          .append(m.rule().sentence())
          .append('\n');
    }
    text.append("noise floor: ")
        .append(Tables.share(v.noiseFloor().percent()))
        .append(" (")
        .append(v.noiseFloor().estimator())
        .append("), minimum effect: ")
        .append(Tables.share(v.minimumEffectPercent()))
        .append(", fingerprint: ")
        .append(v.fingerprint().describe())
        .append(", confirmation: ")
        .append(v.confirmation().name().toLowerCase(java.util.Locale.ROOT))
        .append('\n');
    return text.toString();
  }

  private static String subject(BenchmarkVerdict v) {
    String plugin =
        v.plugin().isEmpty()
            ? ""
            : " ("
                + v.plugin()
                + (v.pluginVersion().isEmpty() ? "" : " " + v.pluginVersion())
                + ")";
    return "Benchmark [" + v.benchmarkId() + "]" + plugin;
  }

  private static String confirmation(BenchmarkVerdict v) {
    return switch (v.confirmation()) {
      case PENDING -> " Not yet confirmed by a re-run.";
      case CONFIRMED -> " Confirmed by a re-run.";
      default -> "";
    };
  }
}
