package io.dataflare.bench.internal;

import java.util.Locale;

/** Formats figures for people: {@code 1.2 M records/s}, {@code 81.2 us}, {@code 40%}. */
public final class Quantities {
  private Quantities() {}

  /** A rate with an SI prefix and one decimal: {@code 1.2 M}, {@code 850.0 k}, {@code 12.5}. */
  public static String rate(double perSecond) {
    if (perSecond >= 1e9) {
      return format("%.1f G", perSecond / 1e9);
    }
    if (perSecond >= 1e6) {
      return format("%.1f M", perSecond / 1e6);
    }
    if (perSecond >= 1e3) {
      return format("%.1f k", perSecond / 1e3);
    }
    return format("%.1f", perSecond);
  }

  /** A duration given in nanoseconds: {@code 950 ns}, {@code 81.2 us}, {@code 2.0 ms}. */
  public static String nanos(double nanos) {
    if (nanos >= 1e9) {
      return format("%.2f s", nanos / 1e9);
    }
    if (nanos >= 1e6) {
      return format("%.1f ms", nanos / 1e6);
    }
    if (nanos >= 1e3) {
      return format("%.1f us", nanos / 1e3);
    }
    return format("%.0f ns", nanos);
  }

  /** A duration given in microseconds. */
  public static String micros(double micros) {
    return nanos(micros * 1e3);
  }

  /** A share in percent: one decimal below 10%, whole percent above. */
  public static String percent(double percent) {
    return Math.abs(percent) < 10 ? format("%.1f%%", percent) : format("%.0f%%", percent);
  }

  /** A plain figure with one decimal. */
  public static String decimal(double value) {
    return format("%.1f", value);
  }

  private static String format(String pattern, double value) {
    return String.format(Locale.ROOT, pattern, value);
  }
}
