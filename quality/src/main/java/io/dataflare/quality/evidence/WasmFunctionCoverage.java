package io.dataflare.quality.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.runtime.ExecutionMode;
import io.dataflare.runtime.PluginException;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.PluginRuntime;
import io.dataflare.runtime.wasm.FunctionCoverage;
import io.dataflare.testkit.CaseRunner;
import io.dataflare.testkit.PluginBenchmark;
import io.dataflare.testkit.PluginSource;
import io.dataflare.testkit.PluginTestCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Measures which functions of a WASM plugin's module its specs execute: every case runs once on the
 * real runtime in interpreter mode, under its own limits, with function coverage on, and so does
 * each benchmark's input as one batch (the test phase runs benchmarks too, as a quick check).
 * Whether a case passes does not matter here; the tests gate judges that.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class WasmFunctionCoverage {
  private WasmFunctionCoverage() {}

  /**
   * Runs {@code cases} against the plugin of {@code pluginToml} and returns its module's coverage.
   *
   * @throws EvidenceException when the module file cannot be read
   */
  public static ExecutedFunctions measure(Path pluginToml, List<PluginTestCase> cases) {
    return measure(pluginToml, cases, List.of());
  }

  /**
   * Runs {@code cases}, then each of {@code benchmarks}' input as one batch, against the plugin of
   * {@code pluginToml} and returns its module's coverage.
   *
   * @throws EvidenceException when the module file cannot be read
   */
  public static ExecutedFunctions measure(
      Path pluginToml, List<PluginTestCase> cases, List<PluginBenchmark> benchmarks) {
    PluginSource source = PluginSource.manifest(pluginToml);
    PluginManifest manifest = source.manifest();
    Path module = manifest.modulePath().orElseThrow(() -> notWasm(pluginToml));
    FunctionCoverage coverage = new FunctionCoverage();
    String problem = null;
    try (PluginRuntime runtime =
        PluginRuntime.builder()
            .withExecutionMode(ExecutionMode.INTERPRETER)
            .withFunctionCoverage(coverage)
            .withPoolSize(1)
            .build()) {
      for (PluginTestCase testCase : cases) {
        try {
          PluginHandle handle = source.load(runtime, source.limitsFor(testCase));
          CaseRunner.run(handle, testCase);
        } catch (PluginException e) { // a case may expect its plugin not to load
          problem = problem == null ? e.getMessage() : problem;
        }
      }
      for (PluginBenchmark benchmark : benchmarks) {
        try {
          source.load(runtime, source.defaultLimits()).processBatch(benchmark.input());
        } catch (PluginException e) {
          problem = problem == null ? e.getMessage() : problem;
        }
      }
    }
    List<FunctionCoverage.Function> functions =
        coverage.module(sha256(module)).map(m -> m.functions()).orElse(List.of());
    if (!functions.isEmpty()) {
      return new ExecutedFunctions(cases.size(), functions, null);
    }
    if (problem == null) {
      problem = cases.isEmpty() ? "no spec case tests this plugin" : "the module never ran";
    }
    return new ExecutedFunctions(cases.size(), functions, problem);
  }

  private static IllegalArgumentException notWasm(Path pluginToml) {
    return new IllegalArgumentException(
        "[" + pluginToml + "] describes a Java plugin: its coverage comes from JaCoCo");
  }

  private static String sha256(Path module) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(module));
      return HexFormat.of().formatHex(digest);
    } catch (IOException e) {
      throw new EvidenceException(
          "WASM module [" + module + "] cannot be read: " + e + "; fix: build the plugin", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM provides SHA-256", e);
    }
  }
}
