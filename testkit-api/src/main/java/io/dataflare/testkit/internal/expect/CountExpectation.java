package io.dataflare.testkit.internal.expect;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.Mismatch;
import io.dataflare.testkit.internal.mismatch.ShouldHaveOutputCount;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** This many output records. */
@API(status = INTERNAL, since = "0.1")
public final class CountExpectation extends OutputsExpectation {
  private final int count;

  public CountExpectation(int count) {
    if (count < 0) {
      throw new IllegalArgumentException(
          "expected output count must be 0 or more but was [" + count + "]");
    }
    this.count = count;
  }

  @Override
  protected Optional<Mismatch> checkOutputs(List<PluginRecord> outputs) {
    return outputs.size() == count
        ? Optional.empty()
        : Optional.of(ShouldHaveOutputCount.create(count, outputs, describe()));
  }

  @Override
  public String describe() {
    return count + (count == 1 ? " output record" : " output records");
  }
}
