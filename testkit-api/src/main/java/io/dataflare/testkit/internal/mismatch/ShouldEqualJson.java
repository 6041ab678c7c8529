package io.dataflare.testkit.internal.mismatch;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import io.dataflare.testkit.Mismatch;
import io.dataflare.testkit.internal.Json;
import io.dataflare.testkit.internal.JsonDifference;
import org.apiguardian.api.API;

/** A JSON value or key differs from the expected JSON. */
@API(status = INTERNAL, since = "0.1")
public final class ShouldEqualJson {
  private ShouldEqualJson() {}

  public static Mismatch create(
      int index, String field, JsonDifference difference, JsonNode expected, JsonNode actual) {
    String subject = "output record [" + index + "] " + field;
    return new Mismatch(
        subject
            + " differs at JSON path ["
            + difference.path()
            + "]\n"
            + Texts.expecting(
                subject, Json.pretty(actual), "to be equal as JSON to", Json.pretty(expected))
            + "\nbut "
            + difference.describe(),
        Json.pretty(expected),
        Json.pretty(actual));
  }
}
