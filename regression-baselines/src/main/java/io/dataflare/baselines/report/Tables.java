package io.dataflare.baselines.report;

import io.dataflare.baselines.gate.BenchmarkVerdict;
import io.dataflare.baselines.gate.ChangeInterval;
import io.dataflare.baselines.gate.Confirmation;
import io.dataflare.baselines.gate.MetricVerdict;
import io.dataflare.baselines.internal.Format;

/** Table cells shared by the reports. */
final class Tables {
  private Tables() {}

  static String verdict(BenchmarkVerdict v) {
    String base = v.verdict().name();
    if (v.isWarning()) {
      return base + " (warning)";
    }
    if (v.confirmation() == Confirmation.PENDING) {
      return base + " (unconfirmed)";
    }
    if (v.confirmation() == Confirmation.CONFIRMED) {
      return base + " (confirmed)";
    }
    return base;
  }

  static String change(MetricVerdict m) {
    ChangeInterval interval = m.interval();
    String change = Format.percent(m.changePercent());
    return interval == null
        ? change
        : change
            + " ["
            + Format.percent(interval.lowPercent())
            + ", "
            + Format.percent(interval.highPercent())
            + "]";
  }

  static String forks(MetricVerdict m) {
    return (m.baselineForks() == 0 ? "-" : String.valueOf(m.baselineForks()))
        + "/"
        + m.currentForks();
  }

  static String share(double percent) {
    return Format.share(percent);
  }
}
