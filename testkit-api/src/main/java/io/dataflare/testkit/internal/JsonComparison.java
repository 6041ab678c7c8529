package io.dataflare.testkit.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Compares parsed JSON, not text: object key order and number spelling ({@code 1}, {@code 1.0},
 * {@code 1e0}) do not matter.
 *
 * <p>Containment: an object contains another when it has each of its fields and each field's value
 * contains the other's, recursively; arrays and scalars must be equal.
 */
@API(status = INTERNAL, since = "0.1")
public final class JsonComparison {
  private JsonComparison() {}

  /** The first difference between {@code expected} and {@code actual}, or empty when equal. */
  public static Optional<JsonDifference> difference(JsonNode expected, JsonNode actual) {
    return compare("$", expected, actual, false);
  }

  /** The first part of {@code subset} that {@code actual} lacks, or empty when it contains it. */
  public static Optional<JsonDifference> missingFrom(JsonNode subset, JsonNode actual) {
    return compare("$", subset, actual, true);
  }

  private static Optional<JsonDifference> compare(
      String path, JsonNode expected, JsonNode actual, boolean subset) {
    if (expected.isObject() && actual.isObject()) {
      return compareObjects(path, expected, actual, subset);
    }
    if (expected.isArray() && actual.isArray()) {
      return compareArrays(path, expected, actual);
    }
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0
          ? Optional.empty()
          : Optional.of(new JsonDifference(path, expected, actual));
    }
    return expected.equals(actual)
        ? Optional.empty()
        : Optional.of(new JsonDifference(path, expected, actual));
  }

  private static Optional<JsonDifference> compareObjects(
      String path, JsonNode expected, JsonNode actual, boolean subset) {
    for (Map.Entry<String, JsonNode> field : expected.properties()) {
      String fieldPath = path + "." + field.getKey();
      JsonNode actualField = actual.get(field.getKey());
      if (actualField == null) {
        return Optional.of(new JsonDifference(fieldPath, field.getValue(), null));
      }
      Optional<JsonDifference> inner = compare(fieldPath, field.getValue(), actualField, subset);
      if (inner.isPresent()) {
        return inner;
      }
    }
    if (!subset) {
      for (Map.Entry<String, JsonNode> field : actual.properties()) {
        if (!expected.has(field.getKey())) {
          return Optional.of(
              new JsonDifference(path + "." + field.getKey(), null, field.getValue()));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<JsonDifference> compareArrays(
      String path, JsonNode expected, JsonNode actual) {
    int common = Math.min(expected.size(), actual.size());
    for (int i = 0; i < common; i++) {
      Optional<JsonDifference> inner =
          compare(path + "[" + i + "]", expected.get(i), actual.get(i), false);
      if (inner.isPresent()) {
        return inner;
      }
    }
    if (expected.size() > common) {
      return Optional.of(new JsonDifference(path + "[" + common + "]", expected.get(common), null));
    }
    if (actual.size() > common) {
      return Optional.of(new JsonDifference(path + "[" + common + "]", null, actual.get(common)));
    }
    return Optional.empty();
  }
}
