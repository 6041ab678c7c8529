package io.dataflare.benchmarks.suite;

import io.dataflare.benchmarks.Sample;
import io.dataflare.benchmarks.Workload;
import io.dataflare.benchmarks.raw.MemoryKind;
import io.dataflare.benchmarks.raw.RawChicoryPlugin;
import io.dataflare.benchmarks.raw.RawModule;
import io.dataflare.runtime.BatchResult;
import io.dataflare.runtime.CallLimits;
import io.dataflare.runtime.ExecutionMode;
import io.dataflare.runtime.ManifestParser;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginManifest;
import io.dataflare.runtime.PluginRuntime;
import java.time.Duration;
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
 * A WASM sample through {@code PluginRuntime} against the raw Chicory call on the same module with
 * hand-written memory copies (the engine's limit). One operation is one batch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
public class WasmThroughputBenchmark {
  @Param({"FILTER", "MAP", "AGGREGATE"})
  public Sample sample;

  @Param({"100", "1024"})
  public int recordBytes;

  @Param({"1", "10000"})
  public int batch;

  @Param({"COMPILED", "INTERPRETER"})
  public ExecutionMode mode;

  /**
   * The contender. Named to sort last, so that JMH runs both contenders of a case one after the
   * other: on a shared machine, a comparison is only fair between neighbours in time.
   */
  @Param({"runtime", "rawChicory"})
  public String via;

  private Workload workload;
  private PluginRuntime runtime;
  private PluginHandle handle;
  private CallLimits limits;
  private RawChicoryPlugin raw;

  @Setup(Level.Trial)
  public void setUp() {
    workload = Workload.of(sample, batch, recordBytes);
    runtime = PluginRuntime.builder().withExecutionMode(mode).build();
    // 10,000 records of 1 KB need more than the samples' 16 MB (input and output in memory)
    PluginManifest manifest = ManifestParser.parse(sample.manifest());
    handle = runtime.load(manifest.withRuntime(manifest.runtime().withMaxMemoryMb(64)));
    // the interpreter needs more than the samples' 1 s for 10,000 records of 1 KB on a busy machine
    limits = handle.defaultLimits().withTimeout(Duration.ofMinutes(1));
    raw =
        new RawChicoryPlugin(
            new RawModule(sample, mode),
            MemoryKind.BYTE_ARRAY,
            RawChicoryPlugin.encodedSize(workload.values()));
    int expected = Checks.succeeded(runtime()).outputs().size();
    Checks.sameCount("the raw Chicory call", expected, rawChicory());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    runtime.close();
  }

  @Benchmark
  public Object call() {
    return via.equals("runtime") ? runtime() : rawChicory();
  }

  private BatchResult runtime() {
    return handle.processBatch(workload.records(), limits);
  }

  private int rawChicory() {
    return raw.call(workload.values());
  }
}
