package io.dataflare.testkit.properties.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.testkit.properties.Choices;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * JSON documents as choices: objects (the simplest, {@code {}}), arrays, strings with escapes and
 * non-ASCII characters, integers, decimals and exponents, booleans and null, nested up to a depth;
 * keys mostly from a small set of common names, so plugins that look for a field find it.
 */
@API(status = INTERNAL, since = "0.1")
public final class JsonText {
  private static final List<String> KEYS =
      List.of("name", "id", "value", "type", "level", "message", "user", "tags", "items", "a", "");
  private static final List<String> NUMBERS =
      List.of("0", "-1", "1.5", "-0.25", "1e3", "2E-2", "1.0", "9007199254740993", "-0");

  private JsonText() {}

  /** A document nested at most {@code depth} deep; with spaces after separators at times. */
  public static String document(Choices choices, int depth) {
    boolean spaced = choices.chance(0.1);
    StringBuilder out = new StringBuilder();
    value(choices, depth, spaced, out);
    return out.toString();
  }

  private static void value(Choices choices, int depth, boolean spaced, StringBuilder out) {
    // containers only while depth remains: at the bottom the simplest value is ""
    int kind = depth > 0 ? choices.chooseInt(5) : 2 + choices.chooseInt(3);
    switch (kind) {
      case 0 -> object(choices, depth, spaced, out);
      case 1 -> array(choices, depth, spaced, out);
      case 2 ->
          string(choices, Utf8Text.text(choices, 64, Lists.average(choices, 1, 0.1, 12)), out);
      case 3 -> number(choices, out);
      case 4 -> out.append(choices.chance(0.5) ? "true" : "false");
      default -> out.append("null");
    }
  }

  private static void object(Choices choices, int depth, boolean spaced, StringBuilder out) {
    out.append('{');
    Set<String> used = new HashSet<>();
    double average = Lists.average(choices, 1, 0.03, 4);
    Lists.many(
        choices,
        8,
        average,
        () -> {
          String key =
              choices.chance(0.2)
                  ? Utf8Text.text(choices, 32, 3)
                  : KEYS.get(choices.chooseInt(KEYS.size() - 1));
          if (!used.add(key)) {
            return key; // a repeated key is left out: documents keep one value per key
          }
          if (used.size() > 1) {
            out.append(spaced ? ", " : ",");
          }
          string(choices, key, out);
          out.append(spaced ? ": " : ":");
          value(choices, depth - 1, spaced, out);
          return key;
        });
    out.append('}');
  }

  private static void array(Choices choices, int depth, boolean spaced, StringBuilder out) {
    out.append('[');
    int[] written = {0};
    Lists.many(
        choices,
        8,
        Lists.average(choices, 1, 0.03, 4),
        () -> {
          if (written[0]++ > 0) {
            out.append(spaced ? ", " : ",");
          }
          value(choices, depth - 1, spaced, out);
          return written[0];
        });
    out.append(']');
  }

  private static void number(Choices choices, StringBuilder out) {
    switch (choices.chooseInt(3)) {
      case 0 -> out.append(choices.choose(100));
      case 1 -> out.append(-1 - choices.choose(Long.MAX_VALUE - 1));
      case 2 -> out.append(choices.choose(Long.MAX_VALUE));
      default -> out.append(NUMBERS.get(choices.chooseInt(NUMBERS.size() - 1)));
    }
  }

  /** A JSON string: quotes, backslashes and control characters escaped, the rest as is or \\u. */
  private static void string(Choices choices, String text, StringBuilder out) {
    boolean escapeAll = !text.isEmpty() && choices.chance(0.1);
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || (escapeAll && c > 0x7E)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
