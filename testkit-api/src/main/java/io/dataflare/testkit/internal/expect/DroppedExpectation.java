package io.dataflare.testkit.internal.expect;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.Mismatch;
import io.dataflare.testkit.internal.mismatch.ShouldBeDropped;
import java.util.List;
import java.util.Optional;

/** Every record dropped: no outputs, and no failure. */
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
