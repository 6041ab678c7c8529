package io.dataflare.benchmarks.suite;

import io.dataflare.benchmarks.Sample;
import io.dataflare.benchmarks.Workload;
import io.dataflare.benchmarks.raw.MemoryKind;
import io.dataflare.benchmarks.raw.RawChicoryPlugin;
import io.dataflare.benchmarks.raw.RawModule;
import io.dataflare.runtime.BatchResult;
import io.dataflare.runtime.ExecutionMode;
import io.dataflare.runtime.ManifestParser;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.PluginRuntime;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading a sample in compiled mode, one shot per iteration: cold (a new runtime reads {@code
 * plugin.toml}, parses and compiles the module, creates an instance and makes the first call) and
 * from the compile cache (a runtime that loaded the module before loads it again: a new handle with
 * a new instance, and its first call). The JVM itself is warm: the warm-up shots load the classes
 * and JIT-compile the loader.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 20)
@Measurement(iterations = 40)
public class LoadBenchmark {
  @Param({"FILTER", "MAP", "AGGREGATE"})
  public Sample sample;

  private Workload workload;
  private PluginManifest manifest;
  private PluginRuntime runtime;
  private int batchBytes;

  @Setup(Level.Trial)
  public void setUpTrial() {
    workload = Workload.of(sample, 1, 100);
    batchBytes = RawChicoryPlugin.encodedSize(workload.values());
    manifest = ManifestParser.parse(sample.manifest());
  }

  /** A runtime in use, whose compile cache already holds the sample's compiled module. */
  @Setup(Level.Iteration)
  public void setUpIteration() {
    runtime = PluginRuntime.builder().build();
    Checks.succeeded(runtime.load(manifest).processBatch(workload.records()));
  }

  @TearDown(Level.Iteration)
  public void tearDownIteration() {
    runtime.close();
  }

  @Benchmark
  public BatchResult coldLoad() {
    try (PluginRuntime cold = PluginRuntime.builder().build()) {
      return Checks.succeeded(cold.load(sample.manifest()).processBatch(workload.records()));
    }
  }

  /** Chicory's floor for a cold load: parse, compile, instantiate, init and call, by hand. */
  @Benchmark
  public int rawColdLoad() {
    return new RawChicoryPlugin(
            new RawModule(sample, ExecutionMode.COMPILED), MemoryKind.BYTE_ARRAY, batchBytes)
        .call(workload.values());
  }

  /**
   * Steady state, in a runtime that has loaded the module and served calls: a load is a new handle
   * with a new instance, and its first call. (Handles nobody references are collected, so a runtime
   * can load again and again.)
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 1)
  @Measurement(iterations = 4, time = 1)
  public BatchResult cacheHitLoad() {
    return Checks.succeeded(runtime.load(manifest).processBatch(workload.records()));
  }
}
