package io.dataflare.testkit.internal.mismatch;

import io.dataflare.plugin.FailureKind;
import io.dataflare.runtime.PluginFailure;
import io.dataflare.testkit.Mismatch;

/** The plugin failed, but with another kind of failure. */
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
