package io.dataflare.testkit.spec.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dataflare.testkit.internal.SpecChecks;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Typed access to one table of a spec file: each getter reports a wrong type or an out-of-range
 * value as a problem on the key's line, with the key's example as the fix, and returns empty.
 */
@API(status = INTERNAL, since = "0.1")
public final class SpecTable {
  private final ObjectNode node;
  private final String path;
  private final SpecKeys keys;
  private final Problems problems;
  private final Set<String> suggested = new HashSet<>();

  public SpecTable(ObjectNode node, String path, SpecKeys keys, Problems problems) {
    this.node = node;
    this.path = path;
    this.keys = keys;
    this.problems = problems;
  }

  /** The table's path, e.g. {@code case[1]}. */
  public String path() {
    return path;
  }

  /** The path of one of its keys, e.g. {@code case[1].timeout_ms}. */
  public String path(String key) {
    return TomlLineIndex.child(path, key);
  }

  /** The keys this table accepts. */
  public SpecKeys keys() {
    return keys;
  }

  /** The line where the table starts. */
  public int line() {
    return problems.lineOf(path);
  }

  public Problems problems() {
    return problems;
  }

  public boolean has(String key) {
    return node.has(key);
  }

  /** The raw value of a key, unchecked. */
  public Optional<JsonNode> raw(String key) {
    return Optional.ofNullable(node.get(key));
  }

  /** Reports every key the table does not know, suggesting the closest known one. */
  public void checkKeys() {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!keys.knows(name)) {
        Optional<String> closest = keys.closest(name);
        closest.ifPresent(suggested::add);
        String fix =
            closest
                    .map(k -> "did you mean [" + k + "]? Keys of " + keys.displayName() + ": ")
                    .orElse("use one of the keys of " + keys.displayName() + ": ")
                + keys.keyList();
        problems.add(path(name), "unknown key [" + name + "] in " + keys.displayName(), fix);
      }
    }
  }

  /**
   * Whether an unknown key of this table was taken for a typo of {@code key}; its absence is then
   * not reported again.
   */
  public boolean suggested(String key) {
    return suggested.contains(key);
  }

  /** Reports a problem about a key, with the key's example as the fix. */
  public void problem(String key, String message) {
    problems.add(path(key), message, "write e.g. " + keys.example(key));
  }

  /** Reports a problem about a key with its own fix. */
  public void problem(String key, String message, String fix) {
    problems.add(path(key), message, fix);
  }

  /** Reports a key that must be there and is not, unless a misspelt key stands for it. */
  public void missing(String key) {
    if (suggested(key)) {
      return;
    }
    problems.add(
        path(key), keys.displayName() + " has no [" + key + "]", "add " + keys.example(key));
  }

  public Optional<String> string(String key) {
    return typed(key, "a string", JsonNode::isTextual).map(JsonNode::textValue);
  }

  /** An integer within {@code [min, max]}. */
  public Optional<Long> integer(String key, long min, long max) {
    Optional<Long> value =
        typed(key, "an integer", JsonNode::isIntegralNumber).map(JsonNode::longValue);
    Optional<String> outOfRange = value.flatMap(v -> SpecChecks.outOfRange(v, min, max));
    if (outOfRange.isPresent()) {
      problem(key, outOfRange.get());
      return Optional.empty();
    }
    return value;
  }

  /** A positive number, integer or float. */
  public Optional<Double> positiveNumber(String key) {
    Optional<Double> value = typed(key, "a number", JsonNode::isNumber).map(JsonNode::doubleValue);
    if (value.isPresent() && !(value.get() > 0 && Double.isFinite(value.get()))) {
      problem(key, "must be positive but was [" + node.get(key) + "]");
      return Optional.empty();
    }
    return value;
  }

  public Optional<Boolean> bool(String key) {
    return typed(key, "a boolean", JsonNode::isBoolean).map(JsonNode::booleanValue);
  }

  public Optional<JsonNode> array(String key) {
    return typed(key, "an array", JsonNode::isArray);
  }

  /** A table or an array, taken as a JSON document. */
  public Optional<JsonNode> json(String key) {
    return typed(key, "a table or an array", n -> n.isObject() || n.isArray());
  }

  /** A sub-table, read with the keys it accepts. */
  public Optional<SpecTable> table(String key, SpecKeys subKeys) {
    return typed(key, "a table", JsonNode::isObject)
        .map(n -> new SpecTable((ObjectNode) n, path(key), subKeys, problems));
  }

  /** An array of strings. */
  public Optional<List<String>> strings(String key) {
    Optional<JsonNode> array = array(key);
    if (array.isEmpty()) {
      return Optional.empty();
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < array.get().size(); i++) {
      JsonNode element = array.get().get(i);
      if (!element.isTextual()) {
        problems.add(
            TomlLineIndex.element(path(key), i),
            "must be a string but is " + describe(element),
            "write e.g. " + keys.example(key));
        return Optional.empty();
      }
      values.add(element.textValue());
    }
    return Optional.of(values);
  }

  /** A table whose values are all strings, in file order. */
  public Optional<Map<String, String>> stringTable(String key) {
    Optional<JsonNode> table = typed(key, "a table", JsonNode::isObject);
    if (table.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> values = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : table.get().properties()) {
      if (!entry.getValue().isTextual()) {
        problems.add(
            TomlLineIndex.child(path(key), entry.getKey()),
            "must be a string but is " + describe(entry.getValue()),
            "quote the value, e.g. " + keys.example(key));
        return Optional.empty();
      }
      values.put(entry.getKey(), entry.getValue().textValue());
    }
    return Optional.of(values);
  }

  private Optional<JsonNode> typed(
      String key, String expected, java.util.function.Predicate<JsonNode> test) {
    JsonNode value = node.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (!test.test(value)) {
      problem(key, "must be " + expected + " but is " + describe(value));
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /** A TOML-flavoured description of a value: {@code a string ["100"]}. */
  public static String describe(JsonNode value) {
    String type;
    if (value.isTextual()) {
      type = "a string";
    } else if (value.isIntegralNumber()) {
      type = "an integer";
    } else if (value.isNumber()) {
      type = "a float";
    } else if (value.isBoolean()) {
      type = "a boolean";
    } else if (value.isArray()) {
      type = "an array";
    } else if (value.isObject()) {
      type = "a table";
    } else {
      type = "a value";
    }
    String text = value.toString();
    return type + " [" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "]";
  }
}
