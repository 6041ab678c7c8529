package io.dataflare.testkit.internal.mismatch;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.testkit.Mismatch;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** An output record lacks a metadata entry or has another value for it. */
@API(status = INTERNAL, since = "0.1")
public final class ShouldHaveMetadata {
  private ShouldHaveMetadata() {}

  public static Mismatch create(
      int index, String name, String expected, @Nullable String actual, Map<String, String> all) {
    String subject = "output record [" + index + "] metadata";
    String problem = actual == null ? "] is missing" : "] differs: was [" + actual + "]";
    return new Mismatch(
        subject
            + " ["
            + name
            + problem
            + "\n"
            + Texts.expecting(subject, String.valueOf(all), "to contain", name + "=" + expected),
        name + "=" + expected,
        actual == null ? String.valueOf(all) : name + "=" + actual);
  }
}
