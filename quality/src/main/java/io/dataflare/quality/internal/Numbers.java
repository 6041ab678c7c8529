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

  /** A value with an SI prefix, three significant digits and no trailing zeros: {@code 1.82 M}. */
  public static String si(double value) {
    if (value == 0) {
      return "0";
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 1e9) {
      return significant(value / 1e9) + " G";
    }
    if (magnitude >= 1e6) {
      return significant(value / 1e6) + " M";
    }
    if (magnitude >= 1e3) {
      return significant(value / 1e3) + " k";
    }
    return significant(value);
  }

  private static String significant(double value) {
    String text = String.format(Locale.ROOT, "%.3g", value);
    return text.contains(".") && !text.contains("e")
        ? text.replaceAll("0+$", "").replaceAll("\\.$", "")
        : text;
  }
}
