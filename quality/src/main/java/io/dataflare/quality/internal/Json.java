package io.dataflare.quality.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** The one JSON mapper of this module, and lenient reads of optional fields. */
@API(status = INTERNAL, since = "0.1")
public final class Json {
  /** Pretty-printing mapper. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  /** A finite number, or null when the field is missing, null, not a number or not finite. */
  public static @Nullable Double number(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || !(value.isNumber() || value.isTextual())) {
      return null;
    }
    double number = value.asDouble(Double.NaN);
    return Double.isFinite(number) ? number : null;
  }

  /** A text field, or {@code fallback}. */
  public static String text(JsonNode node, String field, String fallback) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? fallback : value.asText();
  }

  /** The first value of each inner array of {@code rawData}-style {@code [[v], [v], ...]}. */
  public static List<Double> firstOfEach(@Nullable JsonNode arrays) {
    List<Double> values = new ArrayList<>();
    if (arrays == null || !arrays.isArray()) {
      return values;
    }
    for (JsonNode inner : arrays) {
      JsonNode first = inner.isArray() ? inner.get(0) : inner;
      if (first != null && first.isNumber() && Double.isFinite(first.asDouble())) {
        values.add(first.asDouble());
      }
    }
    return values;
  }
}
