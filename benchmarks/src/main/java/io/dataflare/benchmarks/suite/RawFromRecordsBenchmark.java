package io.dataflare.benchmarks.suite;

import io.dataflare.benchmarks.Sample;
import io.dataflare.benchmarks.Workload;
import io.dataflare.benchmarks.raw.MemoryKind;
import io.dataflare.benchmarks.raw.RawChicoryPlugin;
import io.dataflare.benchmarks.raw.RawModule;
import io.dataflare.plugin.PluginRecord;
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
 * The raw Chicory call of {@link WasmThroughputBenchmark} fed what the runtime is fed: the
 * workload's list of {@link PluginRecord}s, each descriptor filled from the record's fields,
 * instead of plain byte arrays. Between the two raw calls lies what reading records costs any host
 * of them; between this one and the runtime, what the runtime itself adds. The filter's
 * 10,000-record batches in compiled mode only: the rows that decide the target.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
public class RawFromRecordsBenchmark {
  @Param({"FILTER"})
  public Sample sample;

  @Param({"100", "1024"})
  public int recordBytes;

  @Param({"10000"})
  public int batch;

  @Param({"COMPILED"})
  public ExecutionMode mode;

  private Workload workload;
  private RawChicoryPlugin raw;

  @Setup(Level.Trial)
  public void setUp() {
    workload = Workload.of(sample, batch, recordBytes);
    for (PluginRecord record : workload.records()) {
      if (record.hasKey() || !record.metadata().isEmpty()) {
        throw new IllegalStateException(
            "the raw call writes no keys or metadata, but a workload record has some");
      }
    }
    raw =
        new RawChicoryPlugin(
            new RawModule(sample, mode),
            MemoryKind.BYTE_ARRAY,
            RawChicoryPlugin.encodedSize(workload.values()));
    int fromArrays = raw.call(workload.values());
    int fromRecords = raw.call(workload.records());
    if (fromArrays != fromRecords) {
      throw new IllegalStateException(
          "the raw call kept ["
              + fromRecords
              + "] records fed records but ["
              + fromArrays
              + "] fed arrays of the same values");
    }
  }

  @Benchmark
  public int call() {
    return raw.call(workload.records());
  }
}
