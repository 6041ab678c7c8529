package io.dataflare.benchmarks.suite;

import io.dataflare.benchmarks.Sample;
import io.dataflare.benchmarks.Workload;
import io.dataflare.benchmarks.raw.MemoryKind;
import io.dataflare.benchmarks.raw.RawChicoryPlugin;
import io.dataflare.benchmarks.raw.RawModule;
import io.dataflare.runtime.BatchResult;
import io.dataflare.runtime.ExecutionMode;
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
 * A one-record filter call on a pooled instance (through the runtime) against the seed's way: a
 * fresh instance for every call (instantiated from the already parsed and compiled module,
 * initialised, called, dropped).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
public class PoolingBenchmark {
  @Param({"COMPILED", "INTERPRETER"})
  public ExecutionMode mode;

  /**
   * The contender. Named to sort last, so that JMH runs both contenders of a case one after the
   * other: on a shared machine, a comparison is only fair between neighbours in time.
   */
  @Param({"pooled", "freshInstance"})
  public String via;

  private PluginRuntime runtime;
  private PluginHandle handle;
  private Workload workload;
  private RawModule module;
  private int batchBytes;

  @Setup(Level.Trial)
  public void setUp() {
    workload = Workload.of(Sample.FILTER, 1, 100);
    runtime = PluginRuntime.builder().withExecutionMode(mode).build();
    handle = runtime.load(Sample.FILTER.manifest());
    module = new RawModule(Sample.FILTER, mode);
    batchBytes = RawChicoryPlugin.encodedSize(workload.values());
    Checks.sameCount(
        "a fresh instance", Checks.succeeded(pooled()).outputs().size(), freshInstance());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    runtime.close();
  }

  @Benchmark
  public Object call() {
    return via.equals("pooled") ? pooled() : freshInstance();
  }

  private BatchResult pooled() {
    return handle.processBatch(workload.records());
  }

  private int freshInstance() {
    return new RawChicoryPlugin(module, MemoryKind.BYTE_ARRAY, batchBytes).call(workload.values());
  }
}
