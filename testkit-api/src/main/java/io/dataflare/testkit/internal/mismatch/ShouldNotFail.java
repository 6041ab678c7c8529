package io.dataflare.testkit.internal.mismatch;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.runtime.PluginFailure;
import io.dataflare.testkit.Mismatch;
import org.apiguardian.api.API;

/** The plugin failed where an expectation wanted outputs. */
@API(status = INTERNAL, since = "0.1")
public final class ShouldNotFail {
  private ShouldNotFail() {}

  /**
   * @param batchIndex the failed batch, or -1 when the run had one batch (then it goes unnamed)
   */
  public static Mismatch create(PluginFailure failure, int batchIndex, String expectation) {
    String batch = batchIndex < 0 ? "" : "batch [" + batchIndex + "]";
    String record = failure.recordIndex() < 0 ? "" : "record [" + failure.recordIndex() + "]";
    String where =
        batch.isEmpty() && record.isEmpty() ? "the batch" : (batch + " " + record).strip();
    return new Mismatch(
        "plugin failed with ["
            + failure.kind()
            + "] at "
            + where
            + "\n"
            + Texts.expecting(
                "the case to give", expectation, "but it failed with", failure.message()),
        expectation,
        "failed: " + failure.message());
  }
}
