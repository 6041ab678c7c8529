package io.dataflare.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One table of a manifest with typed reads. A read that finds a wrong type or an out-of-range value
 * records a problem and returns the default, so reading goes on and every problem is reported.
 */
final class TomlTable {
  private final String name;
  private final ObjectNode node;
  private final ManifestProblems problems;

  TomlTable(String name, ObjectNode node, ManifestProblems problems) {
    this.name = name;
    this.node = node;
    this.problems = problems;
  }

  String name() {
    return name;
  }

  ManifestProblems problems() {
    return problems;
  }

  /** The value as parsed, or {@code null} when absent. */
  @Nullable JsonNode raw(String key) {
    return node.get(key);
  }

  /** Reports every key not in {@code known}, suggesting the closest known one. */
  void rejectUnknownKeys(List<String> known, Map<String, List<String>> otherTables) {
    Iterator<String> keys = node.fieldNames();
    while (keys.hasNext()) {
      String key = keys.next();
      if (known.contains(key)) {
        continue;
      }
      Optional<String> closest = ClosestName.among(key, known);
      String elsewhere = tableKnowing(key, otherTables);
      String problem = "unknown key [" + key + "] in [" + name + "]";
      String fix;
      if (closest.isPresent()) {
        problem += "; did you mean [" + closest.get() + "]?";
        fix = "rename it to [" + closest.get() + "]";
      } else if (elsewhere != null) {
        problem += "; it belongs in [" + elsewhere + "]";
        fix = "move it to the [" + elsewhere + "] section";
      } else {
        fix = "remove it; [" + name + "] knows " + String.join(", ", known);
      }
      problems.add(name + "." + key, problem, fix);
    }
  }

  private static @Nullable String tableKnowing(String key, Map<String, List<String>> tables) {
    for (Map.Entry<String, List<String>> table : tables.entrySet()) {
      if (table.getValue().contains(key)) {
        return table.getKey();
      }
    }
    return null;
  }

  /** A string, or {@code null} when absent (reported when {@code required}) or mistyped. */
  @Nullable String string(String key, boolean required, String example) {
    JsonNode value = node.get(key);
    if (value == null) {
      if (required) {
        problems.add(
            name + "." + key,
            "missing required key [" + key + "] in [" + name + "]",
            "add " + key + " = " + example + " under [" + name + "]");
      }
      return null;
    }
    if (!value.isTextual()) {
      wrongType(key, value, "a string", key + " = " + example);
      return null;
    }
    return value.textValue();
  }

  /** A whole number within {@code [min, max]}, or {@code fallback}. */
  long integer(String key, long min, long max, long fallback, String unit) {
    JsonNode value = node.get(key);
    if (value == null) {
      return fallback;
    }
    String fix =
        "set "
            + key
            + " to a whole number of "
            + unit
            + " from "
            + min
            + " to "
            + max
            + ", e.g. "
            + key
            + " = "
            + fallback;
    if (!value.isIntegralNumber()) {
      wrongType(key, value, "an integer", fix);
      return fallback;
    }
    if (!value.canConvertToLong() || value.longValue() < min || value.longValue() > max) {
      problems.add(
          name + "." + key,
          key + " must be between " + min + " and " + max + " but was [" + value + "]",
          fix);
      return fallback;
    }
    return value.longValue();
  }

  /** A number (integer or float) within {@code [min, max]}, or {@code fallback}. */
  double number(String key, double min, double max, double fallback) {
    JsonNode value = node.get(key);
    if (value == null) {
      return fallback;
    }
    String fix = "set " + key + " to a number from " + fmt(min) + " to " + fmt(max);
    if (!value.isNumber()) {
      wrongType(key, value, "a number", fix);
      return fallback;
    }
    double number = value.doubleValue();
    if (!(number >= min && number <= max)) {
      problems.add(
          name + "." + key,
          key + " must be between " + fmt(min) + " and " + fmt(max) + " but was [" + value + "]",
          fix);
      return fallback;
    }
    return number;
  }

  private static String fmt(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  /** A boolean, or {@code fallback}. */
  boolean bool(String key, boolean fallback) {
    JsonNode value = node.get(key);
    if (value == null) {
      return fallback;
    }
    if (!value.isBoolean()) {
      wrongType(key, value, "a boolean", key + " = true or " + key + " = false (no quotes)");
      return fallback;
    }
    return value.booleanValue();
  }

  /** An array of strings, or an empty list. */
  List<String> strings(String key, String example) {
    JsonNode value = node.get(key);
    if (value == null) {
      return List.of();
    }
    String fix = key + " = " + example;
    if (!value.isArray()) {
      wrongType(key, value, "an array of strings", fix);
      return List.of();
    }
    List<String> result = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      JsonNode element = value.get(i);
      if (element.isTextual()) {
        result.add(element.textValue());
      } else {
        problems.add(
            name + "." + key,
            key
                + " must hold only strings but element ["
                + i
                + "] is "
                + describe(element)
                + " ["
                + element
                + "]",
            fix);
      }
    }
    return result;
  }

  /** Whether the table defines {@code key}. */
  boolean has(String key) {
    return node.has(key);
  }

  private void wrongType(String key, JsonNode value, String expected, String fix) {
    problems.add(
        name + "." + key,
        key + " must be " + expected + " but is " + describe(value) + " [" + value + "]",
        fix);
  }

  /** "a string", "an integer"... for messages. */
  static String describe(JsonNode value) {
    if (value.isTextual()) {
      return "a string";
    } else if (value.isIntegralNumber()) {
      return "an integer";
    } else if (value.isNumber()) {
      return "a float";
    } else if (value.isBoolean()) {
      return "a boolean";
    } else if (value.isArray()) {
      return "an array";
    } else if (value.isObject()) {
      return "a table";
    }
    return "a " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The table as plain Java values: strings, booleans, longs, doubles, lists and maps. */
  Map<String, Object> asMap() {
    return toMap(node);
  }

  private static Map<String, Object> toMap(ObjectNode object) {
    Map<String, Object> map = new LinkedHashMap<>();
    object.properties().forEach(entry -> map.put(entry.getKey(), toJava(entry.getValue())));
    return Collections.unmodifiableMap(map);
  }

  private static Object toJava(JsonNode value) {
    if (value.isObject()) {
      return toMap((ObjectNode) value);
    } else if (value.isArray()) {
      List<Object> list = new ArrayList<>(value.size());
      value.forEach(element -> list.add(toJava(element)));
      return Collections.unmodifiableList(list);
    } else if (value.isBoolean()) {
      return value.booleanValue();
    } else if (value.isIntegralNumber()) {
      return value.canConvertToLong() ? (Object) value.longValue() : value.bigIntegerValue();
    } else if (value.isNumber()) {
      return value.doubleValue();
    }
    return value.asText();
  }
}
