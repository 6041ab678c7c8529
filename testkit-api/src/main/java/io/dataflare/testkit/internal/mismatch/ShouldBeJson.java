package io.dataflare.testkit.internal.mismatch;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.Mismatch;
import org.apiguardian.api.API;

/** A value or key that should be JSON does not parse as JSON. */
@API(status = INTERNAL, since = "0.1")
public final class ShouldBeJson {
  private ShouldBeJson() {}

  public static Mismatch create(int index, String field, byte[] actual, String expectedJson) {
    String subject = "output record [" + index + "] " + field;
    String printable = PluginRecord.printable(actual);
    return new Mismatch(
        subject
            + " is not JSON\n"
            + Texts.expecting(subject, printable, "to be JSON like", expectedJson),
        expectedJson,
        printable);
  }
}
