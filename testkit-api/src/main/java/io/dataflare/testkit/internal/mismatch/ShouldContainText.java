package io.dataflare.testkit.internal.mismatch;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.Mismatch;
import java.util.List;

/** No output value contains the expected text. */
public final class ShouldContainText {
  private ShouldContainText() {}

  public static Mismatch create(String text, List<PluginRecord> outputs) {
    String quoted = PluginRecord.printable(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return new Mismatch(
        "no output record value contains ["
            + text
            + "]\n"
            + Texts.expecting(
                "some output record value", Texts.outputs(outputs), "to contain", quoted),
        "some value containing " + quoted,
        Texts.outputs(outputs));
  }
}
