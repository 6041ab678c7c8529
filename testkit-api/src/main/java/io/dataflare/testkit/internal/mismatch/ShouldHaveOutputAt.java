package io.dataflare.testkit.internal.mismatch;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.Mismatch;
import java.util.List;
import org.apiguardian.api.API;

/** An assertion asked for an output record index that does not exist. */
@API(status = INTERNAL, since = "0.1")
public final class ShouldHaveOutputAt {
  private ShouldHaveOutputAt() {}

  public static Mismatch create(int index, List<PluginRecord> outputs) {
    return new Mismatch(
        "output record ["
            + index
            + "] does not exist: there are ["
            + outputs.size()
            + "] output records\n"
            + Texts.expecting(
                "output records",
                Texts.outputs(outputs),
                "to have a record at index",
                String.valueOf(index)),
        "a record at index " + index,
        Texts.outputs(outputs));
  }
}
