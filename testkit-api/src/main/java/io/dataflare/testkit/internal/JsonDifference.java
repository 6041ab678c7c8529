package io.dataflare.testkit.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The first place two JSON documents differ.
 *
 * @param path where, as a JSONPath such as {@code $.user.tags[1]}
 * @param expected the expected node there, or null when the actual has an extra node
 * @param actual the actual node there, or null when it is missing
 */
@API(status = INTERNAL, since = "0.1")
public record JsonDifference(String path, @Nullable JsonNode expected, @Nullable JsonNode actual) {

  /** One clause for a message, e.g. {@code at [$.a] expected [1] but was [2]}. */
  public String describe() {
    if (actual == null) {
      return "[" + path + "] is missing; expected [" + expected + "]";
    }
    if (expected == null) {
      return "[" + path + "] is not expected; was [" + actual + "]";
    }
    return "at [" + path + "] expected [" + expected + "] but was [" + actual + "]";
  }
}
