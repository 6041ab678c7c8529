package io.dataflare.testkit.internal.expect;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.Mismatch;
import io.dataflare.testkit.internal.mismatch.ShouldBeDropped;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** Every record dropped: no outputs, and no failure. */
@API(status = INTERNAL, since = "0.1")
public final class DroppedExpectation extends OutputsExpectation {

  @Override
  protected Optional<Mismatch> checkOutputs(List<PluginRecord> outputs) {
    return outputs.isEmpty() ? Optional.empty() : Optional.of(ShouldBeDropped.create(outputs));
  }

  @Override
  public String describe() {
    return "every record dropped";
  }
}
