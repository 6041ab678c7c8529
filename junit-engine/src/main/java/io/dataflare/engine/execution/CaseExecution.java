package io.dataflare.engine.execution;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.runtime.ExecutionMode;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.testkit.CaseReport;
import io.dataflare.testkit.CaseRunner;
import io.dataflare.testkit.PluginSource;
import io.dataflare.testkit.PluginTestCase;
import org.apiguardian.api.API;
import org.junit.platform.engine.TestDescriptor;

/**
 * Runs one case: loads its plugin under the case's limits (from the run's pool), runs the batches
 * with {@link CaseRunner}, publishes the figures and fails with an {@link
 * org.opentest4j.AssertionFailedError} carrying expected and actual when an expectation is missed.
 */
@API(status = INTERNAL, since = "0.1")
public final class CaseExecution {
  private CaseExecution() {}

  /**
   * @throws org.opentest4j.AssertionFailedError when the plugin missed an expectation
   * @throws PluginLoadException when the plugin could not be loaded
   */
  public static void run(
      DataFlareExecutionContext context,
      TestDescriptor descriptor,
      PluginTestCase testCase,
      PluginSource plugin) {
    PluginHandle handle = load(context, testCase, plugin);
    // Interpreter mode counts executed WASM instructions exactly: report them.
    boolean count = context.configuration().executionMode() == ExecutionMode.INTERPRETER;
    CaseReport report =
        CaseRunner.run(handle, testCase, handle.defaultLimits().withInstructionCounting(count));
    context.publish(descriptor, Figures.of(report));
    if (!report.passed()) {
      throw CaseFailure.of(report, testCase);
    }
  }

  private static PluginHandle load(
      DataFlareExecutionContext context, PluginTestCase testCase, PluginSource plugin) {
    PluginManifest.Runtime limits;
    try {
      limits = CaseLimits.of(testCase, plugin);
    } catch (RuntimeException malformedManifest) {
      throw PluginLoadException.of(plugin, malformedManifest);
    }
    return context.plugins().load(plugin, limits);
  }
}
