package io.dataflare.benchmarks.suite;

import io.dataflare.benchmarks.Sample;
import io.dataflare.benchmarks.Workload;
import io.dataflare.benchmarks.raw.MemoryKind;
import io.dataflare.benchmarks.raw.RawChicoryPlugin;
import io.dataflare.benchmarks.raw.RawModule;
import io.dataflare.plugin.PluginRecord;
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
 * The latency distribution of a one-record call ({@code handle.process(record)}) of the filter in
 * compiled mode, WASM and native, and of the raw Chicory call: the report reads their medians.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
public class SingleCallBenchmark {
  /** Which backend runs the filter. */
  public enum Backend {
    WASM,
    NATIVE
  }

  @Param({"WASM", "NATIVE"})
  public Backend backend;

  /**
   * The contender. Named to sort last, so that JMH runs both contenders of a case one after the
   * other: on a shared machine, a comparison is only fair between neighbours in time.
   */
  @Param({"runtime", "rawChicory"})
  public String via;

  private PluginRuntime runtime;
  private PluginHandle handle;
  private PluginRecord record;
  private byte[][] values;
  private RawChicoryPlugin raw;

  @Setup(Level.Trial)
  public void setUp() {
    Workload workload = Workload.of(Sample.FILTER, 1, 100);
    record = workload.records().get(0);
    values = workload.values();
    raw =
        new RawChicoryPlugin(
            new RawModule(Sample.FILTER, ExecutionMode.COMPILED),
            MemoryKind.BYTE_ARRAY,
            RawChicoryPlugin.encodedSize(values));
    runtime = PluginRuntime.builder().build();
    handle =
        backend == Backend.WASM
            ? runtime.load(Sample.FILTER.manifest())
            : runtime.load(Sample.FILTER.twinManifest(), Sample.FILTER::newTwin);
    Checks.succeeded(handle.process(record));
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    runtime.close();
  }

  /** The runtime's call, or Chicory's floor for the same call (whichever the backend). */
  @Benchmark
  public Object filter() {
    return via.equals("runtime") ? handle.process(record) : raw.call(values);
  }
}
