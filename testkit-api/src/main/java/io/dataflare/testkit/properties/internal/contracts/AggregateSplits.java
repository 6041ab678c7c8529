package io.dataflare.testkit.properties.internal.contracts;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.runtime.OutputRecord;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.testkit.properties.internal.ValueText;
import java.util.List;
import java.util.Optional;

/**
 * The aggregate law: records folded as one batch or as several consecutive batches in one session
 * end in the same last result (the last output record), and fail, if they fail, at the same record.
 */
final class AggregateSplits {
  private AggregateSplits() {}

  static void check(PluginHandle handle, Inputs.BatchSplit input) {
    Outcome whole = Calls.session(handle, List.of(input.batch())).get(0);
    List<Outcome> cut = Calls.session(handle, input.parts());
    Outcome joined = Outcome.joined(cut, Inputs.offsets(input.parts()));
    if (whole.failed() || joined.failed()) {
      if (!whole.sameAs(joined)) {
        throw ContractViolation.differ(
            "an aggregate failed differently when its records came in batches of "
                + Inputs.sizes(input.parts()),
            "as one batch",
            whole.show(),
            "in batches",
            Outcome.show(cut));
      }
      return;
    }
    Optional<PluginRecord> one = last(List.of(whole));
    Optional<PluginRecord> parts = last(cut);
    if (!one.equals(parts)) {
      throw ContractViolation.differ(
          "an aggregate's last result must not depend on batch boundaries, but cutting the"
              + " records into batches of "
              + Inputs.sizes(input.parts())
              + " changed it",
          "last result of one batch",
          one.map(ValueText::record).orElse("none"),
          "last result of the batches",
          parts.map(ValueText::record).orElse("none"));
    }
  }

  private static Optional<PluginRecord> last(List<Outcome> outcomes) {
    for (int i = outcomes.size() - 1; i >= 0; i--) {
      List<OutputRecord> outputs = outcomes.get(i).outputs();
      if (!outputs.isEmpty()) {
        return Optional.of(outputs.get(outputs.size() - 1).record());
      }
    }
    return Optional.empty();
  }
}
