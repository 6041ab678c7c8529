package io.dataflare.testkit.internal.mismatch;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.testkit.Mismatch;
import org.apiguardian.api.API;

/**
 * An expectation about each output found none to check; passing would make it a check that cannot
 * fail.
 */
@API(status = INTERNAL, since = "0.1")
public final class ShouldHaveOutputs {
  private ShouldHaveOutputs() {}

  public static Mismatch create(String expectation) {
    return new Mismatch(
        "no output records to check: expected at least one\n"
            + Texts.expecting("output records", "(no output records)", "to have each", expectation),
        "at least one output record, each " + expectation,
        "(no output records)");
  }
}
