package io.dataflare.bench.discovery;

import io.dataflare.bench.plan.PluginLocator;
import io.dataflare.runtime.ManifestException;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.testkit.PluginBenchmark;
import io.dataflare.testkit.PluginTestSuite;
import io.dataflare.testkit.spec.SpecFile;
import io.dataflare.testkit.spec.SpecFileReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The {@code [[benchmark]]} tables of one TOML spec file. */
final class SpecFileBenchmarks {
  private SpecFileBenchmarks() {}

  static void read(Path file, BenchmarkDiscovery.Found found) {
    SpecFile spec = SpecFileReader.read(file);
    spec.problems().forEach(problem -> found.problem(problem.toString()));
    spec.suite().ifPresent(suite -> add(file, suite, found));
  }

  private static void add(Path file, PluginTestSuite suite, BenchmarkDiscovery.Found found) {
    if (suite.benchmarks().isEmpty()) {
      return;
    }
    PluginManifest manifest;
    try {
      manifest = suite.plugin().manifest();
    } catch (ManifestException e) {
      found.problem(file + ": [plugin] " + e.getMessage());
      return;
    }
    if (!manifest.test().benchmarkEnabled()) {
      found.skipped(
          file
              + ": "
              + suite.benchmarks().size()
              + (suite.benchmarks().size() == 1 ? " benchmark" : " benchmarks")
              + " skipped: "
              + manifest.describeSource()
              + " sets [test] benchmark_enabled = false");
      return;
    }
    if (manifest.source() == null) {
      found.problem(
          file.toString(),
          "its plugin [" + suite.plugin().displayName() + "] has no plugin.toml path",
          "name the plugin.toml at the top of the spec file: plugin = \"path/to/plugin.toml\"");
      return;
    }
    PluginLocator locator = PluginLocator.manifest(manifest.source());
    for (PluginBenchmark benchmark : suite.benchmarks()) {
      try {
        found.add(PlannedBenchmarks.of(benchmark, manifest, locator, file.toString()));
      } catch (IllegalArgumentException | UncheckedIOException e) {
        found.problem(file + ": [benchmark " + benchmark.name() + "] " + e.getMessage());
      }
    }
  }
}
