package io.dataflare.bench.internal;

import io.dataflare.bench.BenchmarkMode;
import io.dataflare.bench.plan.PlannedBenchmark;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The effective options of one harness run: the mode's defaults with the caller's overrides.
 *
 * @param mode the mode the defaults came from
 * @param forks forked JVMs per benchmark
 * @param warmupIterations warm-up iterations per fork
 * @param warmupTime length of a warm-up iteration
 * @param measurementIterations measurement iterations per fork, or null for the mode's choice
 * @param measurementTime length of a measurement iteration
 * @param outputDirectory where {@code benchmarks.json} and its siblings go
 * @param progress receives one line per benchmark start and result
 * @param heapSize the forks' fixed heap ({@code -Xms} = {@code -Xmx}), or null for the JVM default
 * @param preTouchHeap whether forks touch every heap page at start ({@code -XX:+AlwaysPreTouch})
 * @param onStackReplacement whether the forks' JIT may compile a running loop on the stack
 *     (HotSpot's default; {@code false} adds {@code -XX:-UseOnStackReplacement})
 * @param extraJvmArgs more flags for the forks
 * @param showJmhOutput whether JMH's own output is copied to standard output
 * @param countInstructions whether WASM plugins get the interpreter-mode instruction count
 */
public record HarnessSettings(
    BenchmarkMode mode,
    int forks,
    int warmupIterations,
    Duration warmupTime,
    @Nullable Integer measurementIterations,
    Duration measurementTime,
    Path outputDirectory,
    Consumer<String> progress,
    @Nullable String heapSize,
    boolean preTouchHeap,
    boolean onStackReplacement,
    List<String> extraJvmArgs,
    boolean showJmhOutput,
    boolean countInstructions) {

  public HarnessSettings {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(warmupTime, "warmupTime");
    Objects.requireNonNull(measurementTime, "measurementTime");
    outputDirectory = outputDirectory.toAbsolutePath().normalize();
    Objects.requireNonNull(progress, "progress");
    extraJvmArgs = List.copyOf(extraJvmArgs);
  }

  /**
   * Measurement iterations of this benchmark: the caller's override, else the mode's count, raised
   * to the spec's hint when the mode follows hints.
   */
  public int measurementIterationsFor(PlannedBenchmark benchmark) {
    if (measurementIterations != null) {
      return measurementIterations;
    }
    if (mode.followsIterationHint()) {
      return Math.max(mode.measurementIterations(), benchmark.spec().iterations());
    }
    return mode.measurementIterations();
  }

  /** The forks' JVM flags: the fixed heap first, then the JIT's, then the extra flags. */
  public List<String> forkJvmArgs() {
    List<String> args = new ArrayList<>();
    if (heapSize != null) {
      args.add("-Xms" + heapSize);
      args.add("-Xmx" + heapSize);
    }
    if (preTouchHeap) {
      args.add("-XX:+AlwaysPreTouch");
    }
    if (!onStackReplacement) {
      args.add("-XX:-UseOnStackReplacement");
    }
    args.addAll(extraJvmArgs);
    return args;
  }
}
