package io.dataflare.benchmarks.suite;

import io.dataflare.benchmarks.Sample;
import io.dataflare.benchmarks.Workload;
import io.dataflare.benchmarks.twins.JsonUpper;
import io.dataflare.benchmarks.twins.Needle;
import io.dataflare.benchmarks.twins.PlainLoops;
import io.dataflare.runtime.BatchResult;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginRuntime;
import java.nio.charset.StandardCharsets;
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
 * A native plugin through {@code PluginRuntime} against the same logic as a plain Java loop over
 * byte arrays (the physical reference). One operation is one batch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
public class NativeThroughputBenchmark {
  @Param({"FILTER", "MAP", "AGGREGATE"})
  public Sample sample;

  @Param({"100", "1024"})
  public int recordBytes;

  @Param({"1", "10000"})
  public int batch;

  /**
   * The contender. Named to sort last, so that JMH runs both contenders of a case one after the
   * other: on a shared machine, a comparison is only fair between neighbours in time.
   */
  @Param({"runtime", "plainLoop"})
  public String via;

  private Workload workload;
  private PluginRuntime runtime;
  private PluginHandle handle;
  private final byte[] needle = Needle.ERROR;
  private final JsonUpper scanner = new JsonUpper("name".getBytes(StandardCharsets.UTF_8));
  private final long[] totals = new long[2];
  private int[] kept;
  private byte[][] mapped;

  @Setup(Level.Trial)
  public void setUp() {
    workload = Workload.of(sample, batch, recordBytes);
    runtime = PluginRuntime.builder().build();
    handle = runtime.load(sample.twinManifest(), sample::newTwin);
    kept = new int[batch];
    mapped = new byte[batch][];
    int expected = Checks.succeeded(runtime()).outputs().size();
    Checks.sameCount("the plain loop", expected, plainLoop());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    runtime.close();
  }

  @Benchmark
  public Object call() {
    return via.equals("runtime") ? runtime() : plainLoop();
  }

  private BatchResult runtime() {
    return handle.processBatch(workload.records());
  }

  /** The same logic over plain arrays; returns the output count. */
  private int plainLoop() {
    return switch (sample) {
      case FILTER -> PlainLoops.filter(workload.values(), needle, kept);
      case MAP -> {
        PlainLoops.map(workload.values(), scanner, mapped);
        yield mapped.length;
      }
      case AGGREGATE -> PlainLoops.aggregate(workload.values(), totals).length > 0 ? 1 : 0;
    };
  }
}
