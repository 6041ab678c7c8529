package io.dataflare.testkit.properties.internal.contracts;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.properties.Generator;
import io.dataflare.testkit.properties.RecordShape;
import java.util.List;

/**
 * {@code differential} and {@code modes}: two runs of what should be the same plugin (a plugin and
 * its twin, or one WASM plugin in both execution modes) give the same results for the same batches,
 * each in a session on a fresh instance.
 */
final class DifferentialCheck implements ContractCheck<List<List<PluginRecord>>> {
  private final Instances left;
  private final String leftName;
  private final Instances right;
  private final String rightName;
  private final RecordShape shape;

  DifferentialCheck(
      Instances left, String leftName, Instances right, String rightName, RecordShape shape) {
    this.left = left;
    this.leftName = leftName;
    this.right = right;
    this.rightName = rightName;
    this.shape = shape;
    left.fresh();
    right.fresh();
  }

  @Override
  public Generator<List<List<PluginRecord>>> inputs() {
    return Inputs.sessions(shape);
  }

  @Override
  public void check(List<List<PluginRecord>> batches) {
    left.startEvaluation();
    right.startEvaluation();
    List<Outcome> ours = Calls.session(left.fresh(), batches);
    List<Outcome> theirs = Calls.session(right.fresh(), batches);
    int at = Outcome.firstDifference(ours, theirs);
    if (at >= 0 && (timedOut(ours, at) || timedOut(theirs, at))) {
      return; // one side was too slow for its limit: that says nothing of agreement (robust does)
    }
    if (at >= 0) {
      throw ContractViolation.differ(
          leftName + " and " + rightName + " disagree (first at batch " + at + ")",
          leftName,
          Outcome.show(ours),
          rightName,
          Outcome.show(theirs));
    }
  }

  private static boolean timedOut(List<Outcome> outcomes, int at) {
    return at < outcomes.size()
        && outcomes.get(at).failed()
        && outcomes.get(at).kind() == FailureKind.TIMEOUT;
  }

  @Override
  public void close() {
    left.close();
    right.close();
  }
}
