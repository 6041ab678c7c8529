package io.dataflare.testkit.internal.mismatch;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.Mismatch;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/** An output value does not match the expected regular expression. */
@API(status = INTERNAL, since = "0.1")
public final class ShouldMatchPattern {
  private ShouldMatchPattern() {}

  public static Mismatch create(int index, Pattern pattern, PluginRecord actual) {
    String subject = "output record [" + index + "] value";
    String value = PluginRecord.printable(actual.valueBytes());
    return new Mismatch(
        subject
            + " does not match ["
            + pattern.pattern()
            + "]\n"
            + Texts.expecting(subject, value, "to match pattern", pattern.pattern()),
        "a value matching " + pattern.pattern(),
        value);
  }
}
