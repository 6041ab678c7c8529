package io.dataflare.benchmarks.suite;

import io.dataflare.benchmarks.Sample;
import io.dataflare.benchmarks.Workload;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.runtime.BatchResult;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The WASM filter on one instance against the same batch on two instances at once, and, to tell
 * what the second core gives from what cutting the batch into chunks gives, against one instance
 * calling through the same chunks one after the other. Five forks per contender, where the rest of
 * the suite runs one: a fork of Chicory-compiled code settles at one of a few speeds for its whole
 * life, and the one-thread path's forks spread widely (23 to 46 ms per batch of 100,000 in the
 * fourth session), so one fork per side compares two draws.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(5)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
public class ParallelBenchmark {
  @Param({"10000", "100000"})
  public int batch;

  /**
   * The contender. Named to sort last, so that JMH runs the contenders of a case one after the
   * other: on a shared machine, a comparison is only fair between neighbours in time.
   */
  @Param({"singleThread", "twoInstances", "oneThreadInChunks"})
  public String via;

  private PluginRuntime runtime;
  private PluginHandle handle;
  private Workload workload;
  private List<List<PluginRecord>> chunks;

  @Setup(Level.Trial)
  public void setUp() {
    workload = Workload.of(Sample.FILTER, batch, 100);
    chunks = workload.chunks(ParallelChunks.recordsPerChunk(batch, 2));
    runtime = PluginRuntime.builder().withPoolSize(2).build();
    handle = runtime.load(Sample.FILTER.manifest());
    handle.warmUp(2);
    int outputs = Checks.succeeded(singleThread()).outputs().size();
    Checks.sameCount(
        "the parallel batch", outputs, Checks.succeeded(twoInstances()).outputs().size());
    int chunked = 0;
    for (List<PluginRecord> chunk : chunks) {
      chunked += Checks.succeeded(handle.processBatch(chunk)).outputs().size();
    }
    Checks.sameCount("the batch in chunks", outputs, chunked);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    runtime.close();
  }

  @Benchmark
  public void call(Blackhole blackhole) {
    switch (via) {
      case "singleThread" -> blackhole.consume(singleThread());
      case "twoInstances" -> blackhole.consume(twoInstances());
      default -> {
        for (List<PluginRecord> chunk : chunks) {
          blackhole.consume(handle.processBatch(chunk));
        }
      }
    }
  }

  private BatchResult singleThread() {
    return handle.processBatch(workload.records());
  }

  private BatchResult twoInstances() {
    return handle.processBatchParallel(workload.records(), 2, handle.defaultLimits());
  }
}
