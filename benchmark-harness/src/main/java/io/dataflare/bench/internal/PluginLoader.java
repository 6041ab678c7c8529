package io.dataflare.bench.internal;

import io.dataflare.bench.plan.PluginLocator;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginRuntime;
import io.dataflare.testkit.PluginSource;
import io.dataflare.testkit.PluginTestSuite;

/** Loads a benchmark's plugin on a runtime, wherever its locator says it is. */
public final class PluginLoader {
  private PluginLoader() {}

  /**
   * Loads the plugin with its manifest's limits.
   *
   * @throws io.dataflare.runtime.ManifestException when its {@code plugin.toml} is malformed
   * @throws io.dataflare.runtime.PluginException when the plugin cannot be loaded
   * @throws IllegalStateException when a spec method cannot be called or has no such suite
   */
  public static PluginHandle load(PluginRuntime runtime, PluginLocator locator) {
    if (locator instanceof PluginLocator.ManifestFile manifest) {
      return runtime.load(manifest.pluginToml());
    }
    PluginSource source = suite((PluginLocator.SpecMethod) locator).plugin();
    return source.load(runtime, source.defaultLimits());
  }

  private static PluginTestSuite suite(PluginLocator.SpecMethod spec) {
    for (Object result : SpecMethods.invoke(spec.className(), spec.methodName())) {
      if (result instanceof PluginTestSuite suite && suite.name().equals(spec.suiteName())) {
        return suite;
      }
    }
    throw new IllegalStateException(
        "Spec method ["
            + spec.className()
            + "#"
            + spec.methodName()
            + "] returned no suite named ["
            + spec.suiteName()
            + "] (fix: build the benchmark plan again from the current spec classes)");
  }
}
