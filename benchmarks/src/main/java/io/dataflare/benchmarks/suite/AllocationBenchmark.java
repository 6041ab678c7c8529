package io.dataflare.benchmarks.suite;

import io.dataflare.benchmarks.Sample;
import io.dataflare.benchmarks.Workload;
import io.dataflare.runtime.BatchResult;
import io.dataflare.runtime.PluginHandle;
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
 * Steady-state allocation of the filter through the runtime when it keeps every record or drops
 * every record, on both backends; run with {@code -prof gc}. The report takes the slope between
 * batches of 1 and 10,000 records ({@code gc.alloc.rate.norm}) as the bytes allocated per record.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
public class AllocationBenchmark {
  @Param({"WASM", "NATIVE"})
  public SingleCallBenchmark.Backend backend;

  @Param({"ALL_KEPT", "ALL_DROPPED"})
  public Workload.Shape shape;

  @Param({"1", "10000"})
  public int batch;

  private PluginRuntime runtime;
  private PluginHandle handle;
  private Workload workload;

  @Setup(Level.Trial)
  public void setUp() {
    workload = Workload.of(shape, batch, 100);
    runtime = PluginRuntime.builder().build();
    handle =
        backend == SingleCallBenchmark.Backend.WASM
            ? runtime.load(Sample.FILTER.manifest())
            : runtime.load(Sample.FILTER.twinManifest(), Sample.FILTER::newTwin);
    int outputs = Checks.succeeded(filter()).outputs().size();
    Checks.sameCount(
        "the " + shape + " workload", shape == Workload.Shape.ALL_KEPT ? batch : 0, outputs);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    runtime.close();
  }

  @Benchmark
  public BatchResult filter() {
    return handle.processBatch(workload.records());
  }
}
