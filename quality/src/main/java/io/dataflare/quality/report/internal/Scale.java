package io.dataflare.quality.report.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/** Maps values to pixels along one axis, linearly from 0 or by decades, with round ticks. */
@API(status = INTERNAL, since = "0.1")
public final class Scale {
  private final double low;
  private final double high;
  private final double from;
  private final double to;
  private final boolean logarithmic;

  private Scale(double low, double high, double from, double to, boolean logarithmic) {
    this.low = low;
    this.high = high;
    this.from = from;
    this.to = to;
    this.logarithmic = logarithmic;
  }

  /** From 0 to a round value above {@code max}, onto pixels {@code from..to}. */
  public static Scale linear(double max, double from, double to) {
    double step = niceStep(max > 0 ? max / 4 : 1);
    double top = Math.max(step, Math.ceil(max * 1.05 / step) * step);
    return new Scale(0, top, from, to, false);
  }

  /** Whole decades around {@code min..max} (both positive), onto pixels {@code from..to}. */
  public static Scale logarithmic(double min, double max, double from, double to) {
    double low = Math.pow(10, Math.floor(Math.log10(Math.max(min, 1e-9))));
    double high = Math.pow(10, Math.ceil(Math.log10(Math.max(max, low * 10))));
    if (high <= low) {
      high = low * 10;
    }
    return new Scale(low, high, from, to, true);
  }

  /** The pixel of a value, clamped to the axis. */
  public double at(double value) {
    double fraction =
        logarithmic
            ? (Math.log10(Math.max(value, low)) - Math.log10(low))
                / (Math.log10(high) - Math.log10(low))
            : (value - low) / (high - low);
    fraction = Math.max(0, Math.min(1, fraction));
    return from + fraction * (to - from);
  }

  /** Round values along the axis, ends included. */
  public List<Double> ticks() {
    List<Double> ticks = new ArrayList<>();
    if (logarithmic) {
      for (double v = low; v <= high * 1.0001; v *= 10) {
        ticks.add(v);
      }
    } else {
      double step = niceStep((high - low) / 4);
      for (double v = low; v <= high * 1.0001; v += step) {
        ticks.add(v);
      }
    }
    return ticks;
  }

  /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
  static double niceStep(double raw) {
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double factor : new double[] {1, 2, 5, 10}) {
      if (factor * power >= raw) {
        return factor * power;
      }
    }
    return 10 * power;
  }
}
