package io.dataflare.testkit.internal.mismatch;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.Mismatch;
import java.util.List;

/** A failure was expected but every batch succeeded. */
public final class ShouldFail {
  private ShouldFail() {}

  public static Mismatch create(FailureKind kind, List<PluginRecord> outputs) {
    return new Mismatch(
        "expected failure ["
            + kind
            + "] but every batch succeeded\n"
            + Texts.expecting(
                "the case",
                "succeeded with:\n" + Texts.outputs(outputs),
                "to fail with",
                kind.name()),
        "failed with " + kind,
        "succeeded with:\n" + Texts.outputs(outputs));
  }
}
