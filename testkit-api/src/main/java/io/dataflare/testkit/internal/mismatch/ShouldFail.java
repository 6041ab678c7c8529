package io.dataflare.testkit.internal.mismatch;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.Mismatch;
import java.util.List;
import org.apiguardian.api.API;

/** A failure was expected but every batch succeeded. */
@API(status = INTERNAL, since = "0.1")
public final class ShouldFail {
  private ShouldFail() {}

  /**
   * @param failure the failure expected, e.g. {@code [TIMEOUT]}
   * @param outputs what the successful run gave
   */
  public static Mismatch create(String failure, List<PluginRecord> outputs) {
    String actual = "succeeded with:\n" + Texts.outputs(outputs);
    return new Mismatch(
        "expected failure "
            + failure
            + " but every batch succeeded\n"
            + Texts.expecting("the case", actual, "to fail with", failure),
        "failed with " + failure,
        actual);
  }
}
