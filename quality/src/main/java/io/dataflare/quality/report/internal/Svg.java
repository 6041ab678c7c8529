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
    return open("line", cssClass)
        .attr("x1", x1)
        .attr("y1", y1)
        .attr("x2", x2)
        .attr("y2", y2)
        .close("line", "");
  }

  public Svg rect(double x, double y, double width, double height, String cssClass, String tip) {
    return open("rect", cssClass)
        .attr("x", x)
        .attr("y", y)
        .attr("width", Math.max(0, width))
        .attr("height", Math.max(0, height))
        .close("rect", tip);
  }

  public Svg circle(double cx, double cy, double r, String cssClass, String tip) {
    return open("circle", cssClass).attr("cx", cx).attr("cy", cy).attr("r", r).close("circle", tip);
  }

  /** Text at a point; {@code anchor} is {@code start}, {@code middle} or {@code end}. */
  public Svg text(double x, double y, String anchor, String cssClass, String text) {
    open("text", cssClass).attr("x", x).attr("y", y);
    out.append(" text-anchor=\"").append(anchor).append("\">").append(Html.escape(text));
    out.append("</text>");
    return this;
  }

  private Svg open(String tag, String cssClass) {
    out.append('<').append(tag).append(" class=\"").append(cssClass).append('"');
    return this;
  }

  private Svg attr(String name, double value) {
    out.append(' ').append(name).append("=\"").append(n(value)).append('"');
    return this;
  }

  /** Ends the element, with a hover title when {@code tip} is not empty. */
  private Svg close(String tag, String tip) {
    if (tip.isEmpty()) {
      out.append("/>");
    } else {
      out.append("><title>").append(Html.escape(tip)).append("</title></").append(tag).append('>');
    }
    return this;
  }

  /** The finished {@code <svg>} element. */
  public String end() {
    return out + "</svg>";
  }
}
