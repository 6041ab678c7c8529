package io.dataflare.testkit.internal.mismatch;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.runtime.PluginFailure;
import io.dataflare.testkit.Mismatch;
import org.apiguardian.api.API;

/** The failure's message lacks the expected text. */
@API(status = INTERNAL, since = "0.1")
public final class ShouldHaveFailureMessage {
  private ShouldHaveFailureMessage() {}

  public static Mismatch create(String text, PluginFailure actual) {
    return new Mismatch(
        "failure message does not contain ["
            + text
            + "]\n"
            + Texts.expecting("the failure message", actual.message(), "to contain", text),
        "a failure message containing " + text,
        actual.message());
  }
}
