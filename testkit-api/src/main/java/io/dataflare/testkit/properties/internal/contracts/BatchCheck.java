package io.dataflare.testkit.properties.internal.contracts;

import io.dataflare.runtime.PluginHandle;
import io.dataflare.testkit.properties.Generator;
import io.dataflare.testkit.properties.RecordShape;
import java.util.List;

/**
 * {@code batch}: a batch gives what its records give one by one, and what its parts give when it is
 * cut at random boundaries (failures at the same record). For an aggregate, which folds records
 * across batches, only the boundaries are checked: its last result must not change.
 */
final class BatchCheck extends InstancesCheck<Inputs.BatchSplit> {
  private final boolean aggregate;

  BatchCheck(Instances instances, RecordShape shape, boolean aggregate) {
    super(instances, shape);
    this.aggregate = aggregate;
    instances.shared();
  }

  @Override
  public Generator<Inputs.BatchSplit> inputs() {
    return Inputs.batchSplits(shape);
  }

  @Override
  public void check(Inputs.BatchSplit input) {
    PluginHandle handle = instances.shared();
    if (aggregate) {
      AggregateSplits.check(handle, input);
      return;
    }
    Outcome whole = Calls.call(handle, input.batch());
    Outcome alone = Calls.inParts(handle, input.batch().stream().map(List::of).toList());
    if (!whole.sameAs(alone)) {
      throw ContractViolation.differ(
          "processing the batch at once and each record alone gave different results",
          "the batch at once",
          whole.show(),
          "each record alone, joined",
          alone.show());
    }
    if (input.parts().size() > 1) {
      Outcome parts = Calls.inParts(handle, input.parts());
      if (!whole.sameAs(parts)) {
        throw ContractViolation.differ(
            "cutting the batch into parts of "
                + Inputs.sizes(input.parts())
                + " records changed the result",
            "the batch at once",
            whole.show(),
            "its parts, joined",
            parts.show());
      }
    }
  }
}
