package io.dataflare.benchmarks.suite;

import io.dataflare.benchmarks.Sample;
import io.dataflare.benchmarks.Workload;
import io.dataflare.benchmarks.raw.MemoryKind;
import io.dataflare.benchmarks.raw.RawChicoryPlugin;
import io.dataflare.benchmarks.raw.RawModule;
import io.dataflare.runtime.ExecutionMode;
import io.dataflare.runtime.wasm.RuntimeListeners;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The raw Chicory call of {@link WasmThroughputBenchmark} in interpreter mode with the one thing
 * every interpreter instance of the runtime has and the raw call lacks: the runtime's instruction
 * counter as Chicory's execution listener, which looks at the thread's interrupt every 1,024
 * instructions so that a deadline stops loops the interpreter itself would not. Between the raw
 * call and this one lies what enforcing deadlines costs the guest; between this one and the
 * runtime, everything else. The filter's 10,000-record batches: the rows that decide the target.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
public class RawWithCounterBenchmark {
  @Param({"FILTER"})
  public Sample sample;

  @Param({"100", "1024"})
  public int recordBytes;

  @Param({"10000"})
  public int batch;

  @Param({"INTERPRETER"})
  public ExecutionMode mode;

  private Workload workload;
  private RawChicoryPlugin raw;

  @Setup(Level.Trial)
  public void setUp() {
    workload = Workload.of(sample, batch, recordBytes);
    raw =
        new RawChicoryPlugin(
            new RawModule(sample, mode),
            MemoryKind.BYTE_ARRAY,
            RawChicoryPlugin.encodedSize(workload.values()),
            RuntimeListeners.instructionCounter());
    int withCounter = raw.call(workload.values());
    int without =
        new RawChicoryPlugin(
                new RawModule(sample, mode),
                MemoryKind.BYTE_ARRAY,
                RawChicoryPlugin.encodedSize(workload.values()))
            .call(workload.values());
    Checks.sameCount("the raw call with the instruction counter", without, withCounter);
  }

  @Benchmark
  public int call() {
    return raw.call(workload.values());
  }
}
