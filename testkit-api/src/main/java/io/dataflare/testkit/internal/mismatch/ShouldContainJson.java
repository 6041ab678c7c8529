package io.dataflare.testkit.internal.mismatch;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.fasterxml.jackson.databind.JsonNode;
import io.dataflare.testkit.Mismatch;
import io.dataflare.testkit.internal.Json;
import io.dataflare.testkit.internal.JsonDifference;
import org.apiguardian.api.API;

/** A JSON value lacks part of the expected JSON subset. */
@API(status = INTERNAL, since = "0.1")
public final class ShouldContainJson {
  private ShouldContainJson() {}

  public static Mismatch create(
      int index, JsonDifference difference, JsonNode subset, JsonNode actual) {
    String subject = "output record [" + index + "] value";
    return new Mismatch(
        subject
            + " does not contain the expected JSON at ["
            + difference.path()
            + "]\n"
            + Texts.expecting(subject, Json.pretty(actual), "to contain JSON", Json.pretty(subset))
            + "\nbut "
            + difference.describe(),
        Json.pretty(subset),
        Json.pretty(actual));
  }
}
