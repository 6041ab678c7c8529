package io.dataflare.engine.execution;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.runtime.BatchResult;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.testkit.PluginBenchmark;
import io.dataflare.testkit.PluginSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.AssertionFailedError;

/**
 * A benchmark's quick smoke check: one short pass of batch calls (by default 300 ms), its
 * throughput and p99 latency reported, and a failure only when they miss {@code
 * expected_throughput} or {@code max_latency} by more than the margin (by default 10 times). It
 * catches a plugin that is broken or wildly slow; measuring is the JMH harness's job.
 */
@API(status = INTERNAL, since = "0.1")
public final class BenchmarkSmokeCheck {
  private static final int MAX_CALLS = 1_000_000;

  private BenchmarkSmokeCheck() {}

  /**
   * @throws AssertionFailedError when a call fails or a target is missed beyond the margin
   * @throws PluginLoadException when the plugin could not be loaded
   */
  public static void run(
      DataFlareExecutionContext context,
      TestDescriptor descriptor,
      PluginBenchmark benchmark,
      PluginSource plugin) {
    PluginHandle handle = load(context, plugin);
    List<PluginRecord> batch = benchmark.batch();
    checkSucceeded(benchmark, handle.processBatch(batch)); // warm-up call, and fail fast
    Duration duration = context.configuration().smokeDuration();
    List<Long> latencies = new ArrayList<>();
    long start = System.nanoTime();
    long deadline = start + duration.toNanos();
    do {
      BatchResult result = handle.processBatch(batch);
      checkSucceeded(benchmark, result);
      latencies.add(result.nanos());
    } while (System.nanoTime() < deadline && latencies.size() < MAX_CALLS);
    long elapsed = System.nanoTime() - start;
    double throughput = (double) batch.size() * latencies.size() / (elapsed / 1e9);
    long p99 = percentile99(latencies);
    context.publish(descriptor, figures(throughput, p99, latencies.size(), batch.size()));
    checkTargets(benchmark, context.configuration().smokeMargin(), throughput, p99);
  }

  private static PluginHandle load(DataFlareExecutionContext context, PluginSource plugin) {
    try {
      return context.plugins().load(plugin, plugin.defaultLimits());
    } catch (PluginLoadException e) {
      throw e;
    } catch (RuntimeException malformedManifest) {
      throw PluginLoadException.of(plugin, malformedManifest);
    }
  }

  private static void checkSucceeded(PluginBenchmark benchmark, BatchResult result) {
    result
        .failure()
        .ifPresent(
            failure -> {
              throw new AssertionFailedError(
                  "benchmark ["
                      + benchmark.name()
                      + "]: a batch call failed: "
                      + failure.message());
            });
  }

  private static void checkTargets(
      PluginBenchmark benchmark, double margin, double throughput, long p99Nanos) {
    List<String> misses = new ArrayList<>();
    if (benchmark.expectedThroughput().isPresent()) {
      double expected = benchmark.expectedThroughput().getAsDouble();
      if (throughput * margin < expected) {
        misses.add(
            String.format(
                Locale.ROOT,
                "throughput [%.0f records/s] is more than %s times below expected_throughput"
                    + " [%.0f records/s]",
                throughput,
                number(margin),
                expected));
      }
    }
    if (benchmark.maxLatency().isPresent()) {
      long max = benchmark.maxLatency().get().toNanos();
      if (p99Nanos > max * margin) {
        misses.add(
            String.format(
                Locale.ROOT,
                "p99 latency [%s ms] is more than %s times above max_latency [%s ms]",
                Figures.millis(p99Nanos),
                number(margin),
                Figures.millis(max)));
      }
    }
    if (!misses.isEmpty()) {
      throw new AssertionFailedError(
          "benchmark ["
              + benchmark.name()
              + "] smoke check: "
              + String.join("; ", misses)
              + " (this quick check only catches gross misses: make the plugin faster or correct"
              + " the target, and measure with the JMH harness)");
    }
  }

  private static long percentile99(List<Long> latencies) {
    List<Long> sorted = new ArrayList<>(latencies);
    sorted.sort(null);
    int index = (int) Math.ceil(0.99 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index));
  }

  private static ReportEntry figures(double throughput, long p99, int calls, int batchSize) {
    Map<String, String> figures = new LinkedHashMap<>();
    figures.put("throughput_records_per_s", String.format(Locale.ROOT, "%.0f", throughput));
    figures.put("latency_p99_ms", Figures.millis(p99));
    figures.put("calls", Integer.toString(calls));
    figures.put("records_per_call", Integer.toString(batchSize));
    return ReportEntry.from(figures);
  }

  private static String number(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%s", value);
  }
}
