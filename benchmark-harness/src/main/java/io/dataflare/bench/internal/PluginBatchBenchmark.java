package io.dataflare.bench.internal;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.runtime.BatchResult;
import io.dataflare.runtime.PluginHandle;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The one JMH benchmark behind every plugin benchmark: one operation is one batch call on a warm
 * pooled instance. Which plugin benchmark runs is the {@link #benchmarkId} parameter; the forked
 * JVM reads it from the plan file named by the {@value ForkFixture#PLAN_PROPERTY} system property.
 *
 * <p>A failed call throws, which fails the benchmark: a failure is never timed as if it were work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PluginBatchBenchmark {
  /** Name of the JMH parameter holding the plugin benchmark's id. */
  public static final String BENCHMARK_ID_PARAM = "benchmarkId";

  /** The benchmark method's name, as JMH reports it. */
  public static final String METHOD = "processBatch";

  /** {@code <plugin>/<benchmark>}, set by the harness through JMH's options. */
  @Param("unset")
  public String benchmarkId = "unset";

  private ForkFixture fixture;
  private PluginHandle handle;
  private List<PluginRecord> batch;

  @Setup(Level.Trial)
  public void setUp() {
    fixture = ForkFixture.open(benchmarkId);
    handle = fixture.handle();
    batch = fixture.batch();
  }

  @Benchmark
  public BatchResult processBatch() {
    BatchResult result = handle.processBatch(batch);
    if (!result.succeeded()) {
      throw BenchmarkFailure.of(benchmarkId, result);
    }
    return result;
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    if (fixture != null) {
      fixture.close();
    }
  }
}
