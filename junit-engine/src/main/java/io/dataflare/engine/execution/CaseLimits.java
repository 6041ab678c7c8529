package io.dataflare.engine.execution;

import io.dataflare.runtime.PluginManifest;
import io.dataflare.testkit.PluginSource;
import io.dataflare.testkit.PluginTestCase;
import java.time.Duration;

/** A case's limits: its own timeout and memory limit, else its plugin's {@code [runtime]}. */
final class CaseLimits {
  private CaseLimits() {}

  /**
   * @throws io.dataflare.runtime.ManifestException when the plugin's manifest is malformed
   */
  static PluginManifest.Runtime of(PluginTestCase testCase, PluginSource plugin) {
    PluginManifest.Runtime limits = plugin.defaultLimits();
    if (testCase.timeout().isPresent()) {
      limits = limits.withMaxExecutionTimeMs(millisAtLeastOne(testCase.timeout().get()));
    }
    if (testCase.memoryLimitMb().isPresent()) {
      limits = limits.withMaxMemoryMb(testCase.memoryLimitMb().getAsInt());
    }
    return limits;
  }

  private static long millisAtLeastOne(Duration timeout) {
    return Math.max(1, timeout.toMillis());
  }
}
