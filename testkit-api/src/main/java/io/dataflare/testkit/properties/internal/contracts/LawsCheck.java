package io.dataflare.testkit.properties.internal.contracts;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.OutputRecord;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.testkit.properties.Generator;
import io.dataflare.testkit.properties.RecordShape;
import io.dataflare.testkit.properties.internal.ValueText;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code laws}: what the plugin's type promises. A filter passes input records on unchanged, in
 * order, at most once each, and filtering what it kept keeps all of it (filtering twice is
 * filtering once). A map gives exactly one output per record, in order. A filter_map gives at most
 * one per record, in order. A flat_map keeps the order of its sources. An aggregate's last result
 * does not depend on batch boundaries. A batch that fails proves nothing here.
 */
final class LawsCheck extends InstancesCheck<Inputs.BatchSplit> {
  private final PluginType type;

  LawsCheck(Instances instances, RecordShape shape, PluginType type) {
    super(instances, shape);
    this.type = type;
    instances.shared();
  }

  @Override
  public Generator<Inputs.BatchSplit> inputs() {
    return Inputs.batchSplits(shape);
  }

  @Override
  public void check(Inputs.BatchSplit input) {
    PluginHandle handle = instances.shared();
    if (type == PluginType.AGGREGATE) {
      AggregateSplits.check(handle, input);
      return;
    }
    List<PluginRecord> batch = input.batch();
    Outcome outcome = Calls.call(handle, batch);
    if (outcome.failed()) {
      return;
    }
    List<OutputRecord> outputs = outcome.outputs();
    switch (type) {
      case FILTER -> filter(handle, batch, outputs);
      case MAP -> oneEach(batch, outputs);
      case FILTER_MAP -> ordered(outputs, true, "a filter_map gives at most one output per record");
      default -> ordered(outputs, false, "a flat_map emits in the order of its source records");
    }
  }

  private void filter(PluginHandle handle, List<PluginRecord> batch, List<OutputRecord> outputs) {
    ordered(outputs, true, "a filter keeps each record at most once, in order");
    List<PluginRecord> kept = new ArrayList<>();
    for (OutputRecord output : outputs) {
      PluginRecord input = batch.get(output.sourceIndex());
      if (!output.record().equals(input)) {
        throw violation(
            "a filter passes records on unchanged, but record "
                + output.sourceIndex()
                + " came out as "
                + ValueText.record(output.record()),
            outputs);
      }
      kept.add(output.record());
    }
    Outcome again = Calls.call(handle, kept);
    List<PluginRecord> keptAgain = again.failed() ? null : recordsOf(again.outputs());
    if (!kept.equals(keptAgain)) {
      throw ContractViolation.differ(
          "filtering the records a filter kept must keep all of them (filter(filter(x)) ="
              + " filter(x)), but it did not",
          "kept the first time",
          ValueText.batch(kept),
          "filtering those again",
          again.show());
    }
  }

  private static void oneEach(List<PluginRecord> batch, List<OutputRecord> outputs) {
    boolean inOrder = outputs.size() == batch.size();
    for (int i = 0; inOrder && i < outputs.size(); i++) {
      inOrder = outputs.get(i).sourceIndex() == i;
    }
    if (!inOrder) {
      throw violation(
          "a map gives exactly one output per record, in order, but "
              + batch.size()
              + " records gave "
              + outputs.size()
              + " outputs",
          outputs);
    }
  }

  private static void ordered(List<OutputRecord> outputs, boolean strictly, String law) {
    for (int i = 1; i < outputs.size(); i++) {
      int previous = outputs.get(i - 1).sourceIndex();
      int current = outputs.get(i).sourceIndex();
      if (current < previous || (strictly && current == previous)) {
        throw violation(
            law
                + ", but output "
                + i
                + " came from record "
                + current
                + " after one from record "
                + previous,
            outputs);
      }
    }
  }

  private static ContractViolation violation(String law, List<OutputRecord> outputs) {
    return new ContractViolation(
        law + "\noutputs:\n  " + Outcome.success(outputs).show().replace("\n", "\n  "));
  }

  private static List<PluginRecord> recordsOf(List<OutputRecord> outputs) {
    return outputs.stream().map(OutputRecord::record).toList();
  }
}
