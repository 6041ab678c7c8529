package io.dataflare.quality.report.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** Appends HTML with every text escaped; markup is only what the caller writes literally. */
@API(status = INTERNAL, since = "0.1")
public final class Html {
  private final StringBuilder out = new StringBuilder();

  /** Escapes text for element content and double-quoted attribute values. */
  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** Literal markup, written as is. */
  public Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Text, escaped. */
  public Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /** {@code <tag class="..">text</tag>}, the text escaped; no class when it is empty. */
  public Html element(String tag, String cssClass, String text) {
    out.append('<').append(tag);
    if (!cssClass.isEmpty()) {
      out.append(" class=\"").append(escape(cssClass)).append('"');
    }
    return raw(">").text(text).raw("</" + tag + ">");
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
