package io.dataflare.testkit.properties.internal.contracts;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.testkit.properties.Generator;
import io.dataflare.testkit.properties.RecordShape;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code deterministic}: the same batches, in a session, give the same results on a fresh instance
 * and on the same instance given back and reused (after its reset); and, as only an aggregate may
 * carry state from one batch to the next, running them twice in one session gives the same results
 * twice.
 */
final class DeterministicCheck extends InstancesCheck<List<List<PluginRecord>>> {
  private final boolean aggregate;

  DeterministicCheck(Instances instances, RecordShape shape, boolean aggregate) {
    super(instances, shape);
    this.aggregate = aggregate;
    instances.fresh(); // a plugin that cannot load fails here, before any try
  }

  @Override
  public Generator<List<List<PluginRecord>>> inputs() {
    return Inputs.sessions(shape);
  }

  @Override
  public void check(List<List<PluginRecord>> batches) {
    instances.startEvaluation();
    PluginHandle handle = instances.fresh();
    List<Outcome> fresh = Calls.session(handle, batches);
    List<Outcome> reused = Calls.session(handle, batches); // the pool hands back the same instance
    int at = Outcome.firstDifference(fresh, reused);
    if (at >= 0) {
      throw ContractViolation.differ(
          "the same batches gave different results on a fresh instance and on the same instance"
              + " reused after its reset (first at batch "
              + at
              + "): state survived the reset, or the plugin depends on something else than its"
              + " input",
          "on a fresh instance",
          Outcome.show(fresh),
          "on the instance reused",
          Outcome.show(reused));
    }
    if (aggregate) {
      return;
    }
    List<List<PluginRecord>> twice = new ArrayList<>(batches);
    twice.addAll(batches);
    List<Outcome> again = Calls.session(handle, twice);
    List<Outcome> second = again.subList(batches.size(), again.size());
    at = Outcome.firstDifference(fresh, second);
    if (at >= 0) {
      throw ContractViolation.differ(
          "running the same batches again on the same instance, with no reset in between, gave"
              + " different results (first at batch "
              + at
              + "); only an aggregate may carry state from one batch to the next",
          "the first time",
          Outcome.show(fresh),
          "the second time",
          Outcome.show(second));
    }
  }
}
