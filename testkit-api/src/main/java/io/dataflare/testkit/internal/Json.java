package io.dataflare.testkit.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apiguardian.api.API;

/** Parses and prints JSON for comparisons; one shared, thread-safe mapper. */
@API(status = INTERNAL, since = "0.1")
public final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Json() {}

  /**
   * Parses JSON text.
   *
   * @throws IllegalArgumentException naming the text and Jackson's reason
   */
  public static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "[" + text + "] is not JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Parses UTF-8 JSON bytes, or empty when they are not one JSON document. */
  public static Optional<JsonNode> tryParse(byte[] bytes) {
    if (bytes.length == 0) {
      return Optional.empty();
    }
    try {
      JsonNode node = MAPPER.readTree(bytes);
      return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Compact JSON text. */
  public static String compact(JsonNode node) {
    return node.toString();
  }

  /** Compact JSON as UTF-8 bytes, for a record value. */
  public static byte[] bytes(JsonNode node) {
    return node.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Indented JSON text, for the expected/actual blocks an IDE diffs. */
  public static String pretty(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      return node.toString();
    }
  }
}
