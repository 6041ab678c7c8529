package io.dataflare.testkit.internal.mismatch;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.Mismatch;
import java.util.List;
import org.apiguardian.api.API;

/** No output value contains the expected text. */
@API(status = INTERNAL, since = "0.1")
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
