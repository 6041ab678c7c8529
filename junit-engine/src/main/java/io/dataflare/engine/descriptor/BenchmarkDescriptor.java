package io.dataflare.engine.descriptor;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.engine.Constants;
import io.dataflare.engine.execution.BenchmarkSmokeCheck;
import io.dataflare.engine.execution.DataFlareExecutionContext;
import io.dataflare.testkit.PluginBenchmark;
import io.dataflare.testkit.PluginSource;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;

/**
 * One benchmark, run here only as a quick smoke check against its targets with a wide margin; the
 * JMH harness measures it for real.
 */
@API(status = INTERNAL, since = "0.1")
public final class BenchmarkDescriptor extends SpecNode {
  /** Every benchmark carries this tag, so {@code excludedGroups=benchmark} leaves them out. */
  public static final String TAG = "benchmark";

  private final PluginBenchmark benchmark;
  private final PluginSource plugin;

  public BenchmarkDescriptor(
      UniqueId uniqueId,
      PluginBenchmark benchmark,
      PluginSource plugin,
      @Nullable TestSource source,
      Set<TestTag> tags) {
    super(uniqueId, benchmark.name(), source, tags);
    this.benchmark = benchmark;
    this.plugin = plugin;
  }

  public PluginBenchmark benchmark() {
    return benchmark;
  }

  @Override
  public Type getType() {
    return Type.TEST;
  }

  @Override
  public SkipResult shouldBeSkipped(DataFlareExecutionContext context) {
    return context.configuration().benchmarkSmoke()
        ? SkipResult.doNotSkip()
        : SkipResult.skip(
            "benchmark smoke checks are off ("
                + Constants.BENCHMARK_SMOKE
                + "=off); the JMH harness measures benchmarks");
  }

  @Override
  public DataFlareExecutionContext execute(
      DataFlareExecutionContext context, DynamicTestExecutor dynamicTestExecutor) {
    BenchmarkSmokeCheck.run(context, this, benchmark, plugin);
    return context;
  }
}
