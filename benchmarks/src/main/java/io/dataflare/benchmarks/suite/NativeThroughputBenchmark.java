package io.dataflare.benchmarks.suite;

import io.dataflare.benchmarks.Sample;
import io.dataflare.benchmarks.Workload;
import io.dataflare.benchmarks.twins.JsonUpper;
import io.dataflare.benchmarks.twins.Needle;
import io.dataflare.benchmarks.twins.PlainLoops;
import io.dataflare.plugin.BatchOutput;
import io.dataflare.plugin.DataFlarePlugin;
import io.dataflare.plugin.PluginConfig;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginResult;
import io.dataflare.runtime.BatchResult;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginRuntime;
import java.nio.charset.StandardCharsets;
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

/**
 * A native plugin through {@code PluginRuntime} against the same logic as a plain Java loop over
 * byte arrays (the physical reference), and against the plugin object called directly on this
 * thread with no runtime around it ({@code direct}: what the plugin interface costs without the
 * runtime, so a gap splits into the interface's part and the runtime's). One operation is one
 * batch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 4, time = 1)
public class NativeThroughputBenchmark {
  private static final PluginResult DROP = PluginResult.drop();

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
  @Param({"runtime", "direct", "plainLoop"})
  public String via;

  private Workload workload;
  private PluginRuntime runtime;
  private PluginHandle handle;
  private final byte[] needle = Needle.ERROR;
  private final JsonUpper scanner = new JsonUpper("name".getBytes(StandardCharsets.UTF_8));
  private final long[] totals = new long[2];
  private int[] kept;
  private byte[][] mapped;
  private DataFlarePlugin plugin;
  private final CountingOutput counting = new CountingOutput();

  @Setup(Level.Trial)
  public void setUp() {
    workload = Workload.of(sample, batch, recordBytes);
    runtime = PluginRuntime.builder().build();
    handle = runtime.load(sample.twinManifest(), sample::newTwin);
    plugin = sample.newTwin();
    plugin.init(PluginConfig.empty());
    kept = new int[batch];
    mapped = new byte[batch][];
    int expected = Checks.succeeded(runtime()).outputs().size();
    Checks.sameCount("the plain loop", expected, plainLoop());
    Checks.sameCount("the direct calls", expected, direct());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    plugin.close();
    runtime.close();
  }

  @Benchmark
  public Object call() {
    return switch (via) {
      case "runtime" -> runtime();
      case "direct" -> direct();
      default -> plainLoop();
    };
  }

  /**
   * The plugin called as the runtime calls it, minus the runtime: the batch-output form when the
   * twin has one (the aggregate), else {@code process} per record; returns the output count.
   */
  private int direct() {
    List<PluginRecord> records = workload.records();
    if (sample == Sample.AGGREGATE) {
      counting.count = 0;
      plugin.processBatch(records, counting);
      return counting.count;
    }
    int outputs = 0;
    for (int i = 0; i < records.size(); i++) {
      if (plugin.process(records.get(i)) != DROP) {
        outputs++;
      }
    }
    return outputs;
  }

  /** Counts what a plugin outputs, and checks nothing. */
  private static final class CountingOutput implements BatchOutput {
    int count;

    @Override
    public void keep(int index) {
      count++;
    }

    @Override
    public void replace(int index, byte[] value) {
      count++;
    }

    @Override
    public void emit(int index, byte[] value) {
      count++;
    }

    @Override
    public void fail(int index, String message) {
      throw new IllegalStateException("the twin failed record " + index + ": " + message);
    }
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
