package io.dataflare.testkit.internal.expect;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.Mismatch;
import io.dataflare.testkit.internal.mismatch.ShouldHaveOutputs;
import java.util.List;
import java.util.Optional;

/**
 * An expectation every output record must meet. With no outputs it fails, since passing would make
 * it a check that cannot fail.
 */
abstract class EachOutputExpectation extends OutputsExpectation {

  @Override
  protected final Optional<Mismatch> checkOutputs(List<PluginRecord> outputs) {
    if (outputs.isEmpty()) {
      return Optional.of(ShouldHaveOutputs.create(eachDescription()));
    }
    for (int i = 0; i < outputs.size(); i++) {
      Optional<Mismatch> mismatch = checkOne(i, outputs.get(i));
      if (mismatch.isPresent()) {
        return mismatch;
      }
    }
    return Optional.empty();
  }

  /** What each record must do, e.g. {@code matching [^a]}. */
  abstract String eachDescription();

  abstract Optional<Mismatch> checkOne(int index, PluginRecord output);

  @Override
  public String describe() {
    return "each output record " + eachDescription();
  }
}
