package io.dataflare.bench.discovery;

import io.dataflare.bench.internal.Sha256;
import io.dataflare.bench.plan.PlannedBenchmark;
import io.dataflare.bench.plan.PluginLocator;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.testkit.PluginBenchmark;

/** Turns a spec's {@link PluginBenchmark} into a plan entry. */
final class PlannedBenchmarks {
  private PlannedBenchmarks() {}

  static PlannedBenchmark of(
      PluginBenchmark benchmark, PluginManifest manifest, PluginLocator locator, String source) {
    return PlannedBenchmark.builder(manifest.plugin().name(), locator, benchmark)
        .pluginVersion(manifest.plugin().version())
        .moduleSha256(manifest.modulePath().map(Sha256::of).orElse(null))
        .source(benchmark.source().map(Object::toString).orElse(source))
        .build();
  }
}
