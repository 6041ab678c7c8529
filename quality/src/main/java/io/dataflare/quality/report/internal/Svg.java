package io.dataflare.quality.report.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Builds one inline SVG chart: a fixed view box that scales to the page's width, a title for screen
 * readers, and shapes whose hover titles give the exact values.
 */
@API(status = INTERNAL, since = "0.1")
public final class Svg {
  private final StringBuilder out = new StringBuilder();

  /** Starts a chart of this view-box size with an accessible label. */
  public Svg(int width, int height, String label) {
    out.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-label=\"")
        .append(Html.escape(label))
        .append("\"><title>")
        .append(Html.escape(label))
        .append("</title>");
  }

  static String n(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  public Svg line(double x1, double y1, double x2, double y2, String cssClass) {
    out.append("<line class=\"")
        .append(cssClass)
        .append("\" x1=\"")
        .append(n(x1))
        .append("\" y1=\"")
        .append(n(y1))
        .append("\" x2=\"")
        .append(n(x2))
        .append("\" y2=\"")
        .append(n(y2))
        .append("\"/>");
    return this;
  }

  public Svg rect(double x, double y, double width, double height, String cssClass, String tip) {
    out.append("<rect class=\"")
        .append(cssClass)
        .append("\" x=\"")
        .append(n(x))
        .append("\" y=\"")
        .append(n(y))
        .append("\" width=\"")
        .append(n(Math.max(0, width)))
        .append("\" height=\"")
        .append(n(Math.max(0, height)))
        .append("\">");
    return tip(tip).close("rect");
  }

  public Svg circle(double cx, double cy, double r, String cssClass, String tip) {
    out.append("<circle class=\"")
        .append(cssClass)
        .append("\" cx=\"")
        .append(n(cx))
        .append("\" cy=\"")
        .append(n(cy))
        .append("\" r=\"")
        .append(n(r))
        .append("\">");
    return tip(tip).close("circle");
  }

  /** Text at a point; {@code anchor} is {@code start}, {@code middle} or {@code end}. */
  public Svg text(double x, double y, String anchor, String cssClass, String text) {
    out.append("<text class=\"")
        .append(cssClass)
        .append("\" x=\"")
        .append(n(x))
        .append("\" y=\"")
        .append(n(y))
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\">")
        .append(Html.escape(text))
        .append("</text>");
    return this;
  }

  private Svg tip(String tip) {
    if (!tip.isEmpty()) {
      out.append("<title>").append(Html.escape(tip)).append("</title>");
    }
    return this;
  }

  private Svg close(String tag) {
    out.append("</").append(tag).append('>');
    return this;
  }

  /** The finished {@code <svg>} element. */
  public String end() {
    return out + "</svg>";
  }
}
