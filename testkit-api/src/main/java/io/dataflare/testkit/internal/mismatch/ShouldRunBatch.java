package io.dataflare.testkit.internal.mismatch;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.testkit.Mismatch;
import org.apiguardian.api.API;

/** A batch had an expectation but never ran, because the run could not go on after a failure. */
@API(status = INTERNAL, since = "0.1")
public final class ShouldRunBatch {
  private ShouldRunBatch() {}

  public static Mismatch create(int batchIndex, int failedBatch, String expectation) {
    return new Mismatch(
        "batch ["
            + batchIndex
            + "] did not run: batch ["
            + failedBatch
            + "] failed first and ended the case\n"
            + Texts.expecting(
                "batch [" + batchIndex + "]", "(did not run)", "to give", expectation),
        expectation,
        "(did not run)");
  }
}
