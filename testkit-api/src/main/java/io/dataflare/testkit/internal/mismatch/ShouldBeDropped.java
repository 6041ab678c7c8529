package io.dataflare.testkit.internal.mismatch;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.Mismatch;
import java.util.List;
import org.apiguardian.api.API;

/** Records came out where every record should have been dropped. */
@API(status = INTERNAL, since = "0.1")
public final class ShouldBeDropped {
  private ShouldBeDropped() {}

  public static Mismatch create(List<PluginRecord> outputs) {
    return new Mismatch(
        "output record [0] was not dropped: expected no output records but got ["
            + outputs.size()
            + "]\n"
            + Texts.expecting(
                "output records", Texts.outputs(outputs), "to be", "(no output records)"),
        Texts.outputs(List.of()),
        Texts.outputs(outputs));
  }
}
