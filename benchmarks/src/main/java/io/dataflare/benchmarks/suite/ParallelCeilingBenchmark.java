package io.dataflare.benchmarks.suite;

import io.dataflare.benchmarks.Sample;
import io.dataflare.benchmarks.Workload;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginRuntime;
import io.dataflare.runtime.internal.ParallelChunks;
import java.util.List;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The ceiling of {@link ParallelBenchmark} on this machine: two threads, each calling the runtime
 * on its own half of the batch, through the same chunks a parallel batch cuts, all the time, with
 * nothing to hand over or join. The time of one half on two busy threads is the least a batch on
 * two instances can take; how much less it is than the whole batch on one thread is all that two
 * cores can give this workload, whatever the runtime does. Forks and iterations as in {@link
 * ParallelBenchmark}, so the two compare.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(5)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
public class ParallelCeilingBenchmark {

  /** The runtime and its handle with two pooled instances, shared by both threads. */
  @State(Scope.Benchmark)
  public static class Runtime {
    @Param({"10000", "100000"})
    public int batch;

    PluginRuntime runtime;
    PluginHandle handle;

    @Setup(Level.Trial)
    public void setUp() {
      runtime = PluginRuntime.builder().withPoolSize(2).build();
      handle = runtime.load(Sample.FILTER.manifest());
      handle.warmUp(2);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      runtime.close();
    }
  }

  /**
   * One thread's half of the batch, records of its own as each part of a parallel batch has, in the
   * chunks that batch cuts.
   */
  @State(Scope.Thread)
  public static class Half {
    List<List<PluginRecord>> chunks;

    @Setup(Level.Trial)
    public void setUp(Runtime runtime) {
      Workload workload = Workload.of(Sample.FILTER, runtime.batch / 2, 100);
      chunks = workload.chunks(ParallelChunks.recordsPerChunk(runtime.batch, 2));
      for (List<PluginRecord> chunk : chunks) {
        Checks.succeeded(runtime.handle.processBatch(chunk));
      }
    }
  }

  @Benchmark
  @Threads(2)
  public void twoThreads(Runtime runtime, Half half, Blackhole blackhole) {
    for (List<PluginRecord> chunk : half.chunks) {
      blackhole.consume(runtime.handle.processBatch(chunk));
    }
  }
}
