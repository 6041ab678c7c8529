package io.dataflare.benchmarks.suite;

import io.dataflare.benchmarks.Sample;
import io.dataflare.benchmarks.Workload;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginRuntime;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A new instance from the compile cache, as a pool makes one when it grows: a loaded handle (the
 * module parsed, checked and compiled, one instance in use) fills its pool with 64 more instances,
 * each linked, instantiated, checked and initialised. One shot per iteration; the figure is per
 * instance.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 20)
@Measurement(iterations = 40)
public class InstanceFromCacheBenchmark {
  private static final int INSTANCES = 64;

  @Param({"FILTER", "MAP", "AGGREGATE"})
  public Sample sample;

  private PluginRuntime runtime;
  private PluginHandle handle;

  @Setup(Level.Iteration)
  public void setUp() {
    runtime = PluginRuntime.builder().withPoolSize(INSTANCES + 1).build();
    handle = runtime.load(sample.manifest());
    Checks.succeeded(handle.processBatch(Workload.of(sample, 1, 100).records()));
  }

  @TearDown(Level.Iteration)
  public void tearDown() {
    int idle = handle.poolStatistics().idle();
    runtime.close();
    if (idle != INSTANCES + 1) {
      throw new IllegalStateException("expected " + (INSTANCES + 1) + " idle instances: " + idle);
    }
  }

  @Benchmark
  @OperationsPerInvocation(INSTANCES)
  public void newInstances() {
    handle.warmUp(INSTANCES + 1);
  }
}
