package io.dataflare.baselines.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.apiguardian.api.API;

/** How numbers read in verdict sentences and reports: one way, everywhere. */
@API(status = INTERNAL, since = "0.1")
public final class Format {
  private Format() {}

  /** A signed percentage with one decimal, e.g. {@code +12.3%}; {@code n/a} for NaN. */
  public static String percent(double percent) {
    if (Double.isNaN(percent)) {
      return "n/a";
    }
    if (Double.isInfinite(percent)) {
      return percent > 0 ? "+inf%" : "-inf%";
    }
    return String.format(Locale.ROOT, "%+.1f%%", percent);
  }

  /** An unsigned percentage with one decimal, e.g. {@code 5.0%}. */
  public static String share(double percent) {
    return String.format(Locale.ROOT, "%.1f%%", percent);
  }

  /** A p-value with four decimals, {@code < 0.0001} below that, {@code n/a} for NaN. */
  public static String pValue(double p) {
    if (Double.isNaN(p)) {
      return "n/a";
    }
    return p < 0.0001 ? "< 0.0001" : String.format(Locale.ROOT, "%.4f", p);
  }

  /** A p-value in a sentence: {@code p = 0.0123}, or {@code p < 0.0001}. */
  public static String p(double p) {
    return p < 0.0001 ? "p < 0.0001" : "p = " + pValue(p);
  }

  /** A measured value with four significant digits, e.g. {@code 0.08337} or {@code 1843}. */
  public static String value(double value) {
    if (!Double.isFinite(value)) {
      return "n/a";
    }
    if (value == 0) {
      return "0";
    }
    return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
  }
}
