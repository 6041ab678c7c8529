package io.dataflare.benchmarks.suite;

import io.dataflare.benchmarks.Sample;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginRuntime;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Heap held by a runtime with 8 pooled instances of a sample (compiled mode): heap used after a
 * full GC with the runtime alive, minus heap used after a full GC before it was built. Reported as
 * the secondary metric {@code heapBytes}; the time is only the cost of building it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class PoolHeapBenchmark {
  private static final int INSTANCES = 8;
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  @Param({"FILTER", "MAP", "AGGREGATE"})
  public Sample sample;

  /** The measured figure, as a JMH secondary metric. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Heap {
    public long heapBytes;

    @Setup(Level.Iteration)
    public void clear() {
      heapBytes = 0;
    }
  }

  @Benchmark
  public int eightPooledInstances(Heap heap) {
    long before = usedAfterGc();
    PluginRuntime runtime = PluginRuntime.builder().withPoolSize(INSTANCES).build();
    PluginHandle handle = runtime.load(sample.manifest());
    handle.warmUp(INSTANCES);
    int idle = handle.poolStatistics().idle();
    heap.heapBytes = usedAfterGc() - before;
    Reference.reachabilityFence(runtime);
    Reference.reachabilityFence(handle);
    runtime.close();
    if (idle != INSTANCES) {
      throw new IllegalStateException("expected " + INSTANCES + " idle instances but had " + idle);
    }
    return idle;
  }

  private static long usedAfterGc() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
