package io.dataflare.benchmarks.suite;

import io.dataflare.benchmarks.Sample;
import io.dataflare.benchmarks.Workload;
import io.dataflare.benchmarks.raw.MemoryKind;
import io.dataflare.benchmarks.raw.RawChicoryPlugin;
import io.dataflare.benchmarks.raw.RawModule;
import io.dataflare.runtime.ExecutionMode;
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
 * The runtime's own linear memory against Chicory's {@code ByteArrayMemory} (which the raw calls
 * use) and its default {@code ByteBufferMemory}, on the raw filter and map calls: the copies in and
 * out and the guest's loads and stores, so a slower guest on the runtime's memory shows here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
public class MemoryKindBenchmark {
  @Param({"FILTER", "MAP"})
  public Sample sample;

  @Param({"COMPILED", "INTERPRETER"})
  public ExecutionMode mode;

  /** Named to sort last, so that the memories of a case run one after the other. */
  @Param({"BYTE_ARRAY", "BYTE_BUFFER", "LINEAR"})
  public MemoryKind withMemory;

  private Workload workload;
  private RawChicoryPlugin raw;

  @Setup(Level.Trial)
  public void setUp() {
    workload = Workload.of(sample, 10_000, 100);
    raw =
        new RawChicoryPlugin(
            new RawModule(sample, mode),
            withMemory,
            RawChicoryPlugin.encodedSize(workload.values()));
  }

  @Benchmark
  public int rawCall() {
    return raw.call(workload.values());
  }
}
