package io.dataflare.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.runtime.BatchResult;
import io.dataflare.runtime.CallLimits;
import io.dataflare.runtime.PluginException;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Runs a case on a loaded plugin and checks its expectations.
 *
 * <p>The batches run in order in one {@link PluginSession}, so state carries across them. A failed
 * batch does not end the run: the session goes on with a fresh instance, so state restarts, as it
 * would in a pipeline. Each call runs under the case's timeout, or the handle's. The memory limit
 * is the handle's: load the plugin with {@link PluginSource#limitsFor} the case.
 */
@API(status = STABLE, since = "0.1")
public final class CaseRunner {
  private CaseRunner() {}

  /** Runs the case under the handle's default limits, with the case's timeout if it has one. */
  public static CaseReport run(PluginHandle handle, PluginTestCase testCase) {
    return run(handle, testCase, handle.defaultLimits());
  }

  /**
   * Runs the case under {@code limits} (e.g. with instruction counting), with the case's timeout if
   * it has one.
   */
  public static CaseReport run(PluginHandle handle, PluginTestCase testCase, CallLimits limits) {
    CallLimits effective = testCase.timeout().map(limits::withTimeout).orElse(limits);
    CaseOutcome outcome = CaseOutcome.of(runBatches(handle, testCase, effective));
    List<Mismatch> mismatches = new ArrayList<>();
    for (Expectation expectation : testCase.expectations()) {
      Optional<Mismatch> mismatch = expectation.check(outcome);
      mismatch.ifPresent(m -> mismatches.add(m.inCase(testCase.name())));
    }
    return new CaseReport(testCase, outcome, mismatches);
  }

  private static List<BatchResult> runBatches(
      PluginHandle handle, PluginTestCase testCase, CallLimits limits) {
    List<BatchResult> results = new ArrayList<>();
    int batchIndex = 0;
    try (PluginSession session = handle.openSession(limits)) {
      for (List<PluginRecord> batch : testCase.batches()) {
        results.add(session.processBatch(batch));
        batchIndex++;
      }
    } catch (PluginException e) {
      // Opening the session can fail (an instance that cannot be created): the case sees that
      // failure, so an expected INVALID_MODULE or POLICY_VIOLATION can pass; later batches
      // cannot run.
      int inputCount =
          batchIndex < testCase.batches().size() ? testCase.batches().get(batchIndex).size() : 0;
      results.add(
          BatchResult.failure(
              inputCount, e.failure(), 0, BatchResult.NOT_MEASURED, BatchResult.NOT_MEASURED));
    }
    return results;
  }
}
