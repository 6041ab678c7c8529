package io.dataflare.quality.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Locale;
import org.apiguardian.api.API;

/** Numbers as people read them: percentages, counts with units, SI-prefixed rates. */
@API(status = INTERNAL, since = "0.1")
public final class Numbers {
  private Numbers() {}

  /** {@code 87.5%}, {@code 100%}: at most one decimal, none when whole. */
  public static String percent(double value) {
    return decimal(value) + "%";
  }

  /** At most one decimal, none when whole: {@code 3}, {@code 2.5}. */
  public static String decimal(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    return rounded == Math.rint(rounded)
        ? String.valueOf((long) rounded)
        : String.format(Locale.ROOT, "%.1f", rounded);
  }

  /** The share of {@code part} in {@code whole} in percent; 0 when the whole is 0. */
  public static double share(long part, long whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }

  /** {@code 1 case}, {@code 3 cases}. */
  public static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  /** A value with an SI prefix and three significant digits: {@code 1.82 M}, {@code 950}. */
  public static String si(double value) {
    double magnitude = Math.abs(value);
    if (magnitude >= 1e9) {
      return String.format(Locale.ROOT, "%.3g G", value / 1e9);
    }
    if (magnitude >= 1e6) {
      return String.format(Locale.ROOT, "%.3g M", value / 1e6);
    }
    if (magnitude >= 1e3) {
      return String.format(Locale.ROOT, "%.3g k", value / 1e3);
    }
    return String.format(Locale.ROOT, "%.3g", value);
  }
}
