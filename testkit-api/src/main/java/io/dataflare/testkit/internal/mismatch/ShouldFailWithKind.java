package io.dataflare.testkit.internal.mismatch;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.plugin.FailureKind;
import io.dataflare.runtime.PluginFailure;
import io.dataflare.testkit.Mismatch;
import org.apiguardian.api.API;

/** The plugin failed, but with another kind of failure. */
@API(status = INTERNAL, since = "0.1")
public final class ShouldFailWithKind {
  private ShouldFailWithKind() {}

  public static Mismatch create(FailureKind expected, PluginFailure actual) {
    return new Mismatch(
        "failure kind differs: expected ["
            + expected
            + "] but was ["
            + actual.kind()
            + "]\n"
            + Texts.expecting("the failure", actual.message(), "to have kind", expected.name()),
        "failed with " + expected,
        "failed with " + actual.kind() + ": " + actual.message());
  }
}
