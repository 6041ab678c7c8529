package io.dataflare.testkit.properties.internal.contracts;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.properties.Generator;
import io.dataflare.testkit.properties.RecordShape;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code robust}: for any records (arbitrary bytes, invalid UTF-8, the largest values and batches)
 * the plugin returns a result or a {@code PLUGIN_ERROR}; any other failure (a trap, a timeout, an
 * ABI violation, the memory limit) breaks the contract unless the spec allows its kind, and an
 * exception escaping the runtime always does.
 */
final class RobustCheck extends InstancesCheck<List<List<PluginRecord>>> {
  private final Set<FailureKind> allowed;

  RobustCheck(Instances instances, RecordShape shape, Set<FailureKind> allowed) {
    super(instances, shape.withInvalidUtf8(true));
    this.allowed = Set.copyOf(allowed);
    instances.shared();
  }

  @Override
  public Generator<List<List<PluginRecord>>> inputs() {
    return Inputs.sessions(shape);
  }

  @Override
  public void check(List<List<PluginRecord>> batches) {
    for (int i = 0; i < batches.size(); i++) {
      Outcome outcome = Calls.call(instances.shared(), batches.get(i));
      if (outcome.failed()
          && outcome.kind() != FailureKind.PLUGIN_ERROR
          && !allowed.contains(outcome.kind())) {
        throw new ContractViolation(
            "batch "
                + i
                + " failed with "
                + outcome.show()
                + "\n"
                + "a plugin must return a result or a PLUGIN_ERROR for any input; fix the plugin,"
                + " or allow the kind with robust_allows = [\""
                + outcome.kind()
                + "\"]"
                + (allowed.isEmpty() ? "" : " (allowed now: " + names(allowed) + ")"));
      }
    }
  }

  private static String names(Set<FailureKind> kinds) {
    return kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
  }
}
