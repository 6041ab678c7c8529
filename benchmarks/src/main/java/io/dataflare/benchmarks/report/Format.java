package io.dataflare.benchmarks.report;

import java.util.Locale;

/** Figures as people read them. */
final class Format {
  private Format() {}

  /** A duration in the unit that keeps it between 1 and 1000. */
  static String nanos(double nanos) {
    if (nanos < 1e3) {
      return String.format(Locale.ROOT, "%.0f ns", nanos);
    }
    if (nanos < 1e6) {
      return String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
    }
    if (nanos < 1e9) {
      return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
    return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
  }

  static String ratio(double ratio) {
    return ratio >= 100
        ? String.format(Locale.ROOT, "%.0f×", ratio)
        : String.format(Locale.ROOT, "%.2f×", ratio);
  }

  static String millions(double perSecond) {
    return String.format(Locale.ROOT, "%.1f M", perSecond / 1e6);
  }
}
