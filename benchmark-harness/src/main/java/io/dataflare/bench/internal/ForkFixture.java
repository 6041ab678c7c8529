package io.dataflare.bench.internal;

import io.dataflare.bench.plan.BenchmarkPlan;
import io.dataflare.bench.plan.PlannedBenchmark;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.runtime.BatchResult;
import io.dataflare.runtime.ExecutionMode;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginRuntime;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a forked JVM sets up before JMH times anything: the plan entry, a compiled-mode runtime with
 * the plugin loaded and warm, and the batch. One probe call proves the plugin succeeds on the
 * batch, so a failing plugin fails before its first timed call.
 */
final class ForkFixture implements AutoCloseable {
  /** System property naming the plan file; set on the forks through JMH's {@code jvmArgsAppend}. */
  static final String PLAN_PROPERTY = "dataflare.bench.plan";

  /** System property naming the file a fork describes its JVM in, for the fingerprint. */
  static final String FORK_INFO_PROPERTY = "dataflare.bench.forkInfo";

  /**
   * System property choosing the execution mode of the timed runtime ({@code COMPILED}, the
   * default, or {@code INTERPRETER}); set through the harness's fork JVM arguments, e.g. by the
   * gate experiment to measure forks that do not depend on how the JIT compiles the guest.
   */
  static final String EXECUTION_MODE_PROPERTY = "dataflare.bench.executionMode";

  private final PluginRuntime runtime;
  private final PluginHandle handle;
  private final List<PluginRecord> batch;

  private ForkFixture(PluginRuntime runtime, PluginHandle handle, List<PluginRecord> batch) {
    this.runtime = runtime;
    this.handle = handle;
    this.batch = batch;
  }

  static ForkFixture open(String benchmarkId) {
    PlannedBenchmark benchmark = plannedBenchmark(benchmarkId);
    List<PluginRecord> batch = benchmark.batch();
    PluginRuntime runtime =
        PluginRuntime.builder().withPoolSize(1).withExecutionMode(executionMode()).build();
    try {
      PluginHandle handle = PluginLoader.load(runtime, benchmark.plugin());
      ModuleCheck.requireUnchanged(benchmark, handle);
      handle.warmUp(1);
      BatchResult probe = handle.processBatch(batch);
      if (!probe.succeeded()) {
        throw BenchmarkFailure.of(benchmarkId, probe);
      }
      String forkInfo = System.getProperty(FORK_INFO_PROPERTY);
      if (forkInfo != null) {
        ForkInfo.current().write(Path.of(forkInfo));
      }
      return new ForkFixture(runtime, handle, batch);
    } catch (RuntimeException e) {
      runtime.close();
      throw e;
    }
  }

  private static ExecutionMode executionMode() {
    String name = System.getProperty(EXECUTION_MODE_PROPERTY, ExecutionMode.COMPILED.name());
    try {
      return ExecutionMode.valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BenchmarkFailure(
          "System property ["
              + EXECUTION_MODE_PROPERTY
              + "] is ["
              + name
              + "] (fix: use one of "
              + Arrays.toString(ExecutionMode.values())
              + ")");
    }
  }

  private static PlannedBenchmark plannedBenchmark(String benchmarkId) {
    String planFile = System.getProperty(PLAN_PROPERTY);
    if (planFile == null) {
      throw new BenchmarkFailure(
          "Benchmark ["
              + benchmarkId
              + "] has no plan: system property ["
              + PLAN_PROPERTY
              + "] is not set (fix: run plugin benchmarks through BenchmarkHarness or"
              + " HarnessMain, not JMH's own launcher)");
    }
    BenchmarkPlan plan = BenchmarkPlan.read(Path.of(planFile));
    return plan.find(benchmarkId)
        .orElseThrow(
            () ->
                new BenchmarkFailure(
                    "Benchmark ["
                        + benchmarkId
                        + "] is not in plan ["
                        + planFile
                        + "] (fix: use one of "
                        + plan.benchmarks().stream().map(PlannedBenchmark::id).toList()
                        + ")"));
  }

  PluginHandle handle() {
    return handle;
  }

  List<PluginRecord> batch() {
    return batch;
  }

  @Override
  public void close() {
    runtime.close();
  }
}
