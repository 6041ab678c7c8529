package io.dataflare.bench;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.bench.internal.HarnessRun;
import io.dataflare.bench.internal.HarnessSettings;
import io.dataflare.bench.plan.BenchmarkPlan;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Runs a {@link BenchmarkPlan} under JMH: every benchmark in its own forked JVMs, on the real
 * runtime in compiled mode, timing one batch call per operation ({@code SampleTime}, so latency
 * percentiles come with the throughput) with JMH's gc profiler for allocation. WASM plugins also
 * get an exact count of executed instructions per record from two interpreter-mode passes over the
 * same input.
 *
 * <pre>{@code
 * HarnessResult result = BenchmarkHarness.builder()
 *     .mode(BenchmarkMode.SMOKE)
 *     .outputDirectory(Path.of("target/dataflare"))
 *     .build()
 *     .run(plan);
 * }</pre>
 *
 * <p>The run writes, atomically, to the output directory: {@code benchmarks.json} (JMH's JSON
 * result format; the benchmark id is in {@code params.benchmarkId}), {@code fingerprint.json} (the
 * machine and fork JVMs) and {@code targets.json} (the spec targets, checked). Files of an earlier
 * run are deleted first, so a failed run leaves none behind.
 *
 * <p>Forks run on the launching JVM's {@code java.class.path}: the plugins and spec classes of the
 * plan must be on it. From a build tool whose own launcher is that class path, start {@link
 * HarnessMain} in a JVM with the project's test class path instead.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BenchmarkHarness {
  /** The output directory when none is given: {@code target/dataflare}. */
  public static final Path DEFAULT_OUTPUT_DIRECTORY = Path.of("target", "dataflare");

  /** The forks' heap when none is given: fixed at 1 GiB. */
  public static final String DEFAULT_HEAP = "1g";

  private static final Pattern HEAP_SIZE = Pattern.compile("[1-9][0-9]*[kKmMgG]?");

  private final HarnessSettings settings;

  private BenchmarkHarness(HarnessSettings settings) {
    this.settings = settings;
  }

  /** Starts a harness in {@link BenchmarkMode#DEFAULT} mode. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs every benchmark of the plan, in order, and writes the results.
   *
   * @return a summary of each benchmark, the fingerprint and the files written; missed targets are
   *     reported in it, not thrown
   * @throws HarnessException naming the benchmark when its plugin fails or cannot be loaded, a fork
   *     dies, or the instruction count does not repeat; nothing is written then
   */
  public HarnessResult run(BenchmarkPlan plan) {
    return new HarnessRun(settings, Objects.requireNonNull(plan, "plan")).execute();
  }

  /** The forks, iterations and times this harness uses, for display. */
  public String describe() {
    return settings.mode().userName()
        + " mode: "
        + settings.forks()
        + " forks x ("
        + settings.warmupIterations()
        + " x "
        + settings.warmupTime().toMillis()
        + " ms warm-up + "
        + (settings.measurementIterations() == null
            ? settings.mode().measurementIterations()
            : settings.measurementIterations())
        + " x "
        + settings.measurementTime().toMillis()
        + " ms measurement), fork flags "
        + settings.forkJvmArgs();
  }

  /** Configures a {@link BenchmarkHarness}; every value starts at its mode's default. */
  public static final class Builder {
    private BenchmarkMode mode = BenchmarkMode.DEFAULT;
    private @Nullable Integer forks;
    private @Nullable Integer warmupIterations;
    private @Nullable Duration warmupTime;
    private @Nullable Integer measurementIterations;
    private @Nullable Duration measurementTime;
    private Path outputDirectory = DEFAULT_OUTPUT_DIRECTORY;
    private Consumer<String> progress = System.out::println;
    private @Nullable String heapSize = DEFAULT_HEAP;
    private boolean preTouchHeap = true;
    private boolean onStackReplacement = true;
    private final List<String> jvmArgs = new ArrayList<>();
    private boolean showJmhOutput;
    private boolean countInstructions = true;

    private Builder() {}

    /** The mode whose forks, iterations and times apply unless overridden. */
    public Builder mode(BenchmarkMode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /** Forked JVMs per benchmark; the gate needs at least 5. */
    public Builder forks(int forks) {
      this.forks = positive("forks", forks);
      return this;
    }

    /** Warm-up iterations per fork; 0 for none. */
    public Builder warmupIterations(int iterations) {
      if (iterations < 0) {
        throw new IllegalArgumentException(
            "warmupIterations must be 0 or more but was [" + iterations + "]");
      }
      this.warmupIterations = iterations;
      return this;
    }

    /** Measurement iterations per fork, instead of the mode's count or the spec's hint. */
    public Builder measurementIterations(int iterations) {
      this.measurementIterations = positive("measurementIterations", iterations);
      return this;
    }

    /** Length of each warm-up and measurement iteration. */
    public Builder iterationTime(Duration time) {
      return warmupTime(time).measurementTime(time);
    }

    /** Length of each warm-up iteration. */
    public Builder warmupTime(Duration time) {
      this.warmupTime = positive("warmupTime", time);
      return this;
    }

    /** Length of each measurement iteration. */
    public Builder measurementTime(Duration time) {
      this.measurementTime = positive("measurementTime", time);
      return this;
    }

    /** Where the result files go; {@code target/dataflare} by default. */
    public Builder outputDirectory(Path directory) {
      this.outputDirectory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /** Receives a line when each benchmark starts and one with its figures; stdout by default. */
    public Builder progress(Consumer<String> progress) {
      this.progress = Objects.requireNonNull(progress, "progress");
      return this;
    }

    /**
     * The forks' heap, fixed: {@code -Xms} and {@code -Xmx} both set to this size (e.g. {@code 1g},
     * {@code 512m}). A heap that grows during measurement adds page faults to the timings.
     */
    public Builder heapSize(String size) {
      if (!HEAP_SIZE.matcher(size).matches()) {
        throw new IllegalArgumentException(
            "Heap size ["
                + size
                + "] is not a JVM memory size (fix: use a number with an optional k, m or g"
                + " suffix, e.g. 1g or 512m)");
      }
      this.heapSize = size;
      return this;
    }

    /** Leaves the forks' heap size to the JVM's defaults. */
    public Builder defaultHeap() {
      this.heapSize = null;
      return this;
    }

    /**
     * Whether forks touch every heap page at start-up ({@code -XX:+AlwaysPreTouch}; on by default).
     * Without it first-touch page faults made allocation-heavy benchmarks bimodal on virtual
     * machines.
     */
    public Builder preTouchHeap(boolean preTouch) {
      this.preTouchHeap = preTouch;
      return this;
    }

    /**
     * Whether the forks' JIT may replace a running loop by compiled code on the stack ({@code
     * -XX:+UseOnStackReplacement}, HotSpot's default); {@code false} adds {@code
     * -XX:-UseOnStackReplacement}. Which is steadier depends on the plugin, so measure both: forks
     * of sample 01's Chicory-compiled WASM filter settled at speeds up to 70% apart with OSR and
     * nearly all at the fastest two without it, which let the regression gate catch 5% slowdowns
     * (README, "How good is the regression gate"); sample 02's WASM map ran 8 of 8 forks within 2%
     * with OSR, but 2 of 8 eleven times slower without it. JMH calls its measurement loop anew for
     * each iteration, so warm-up still compiles it without OSR.
     */
    public Builder onStackReplacement(boolean allowed) {
      this.onStackReplacement = allowed;
      return this;
    }

    /** More flags for the forked JVMs, after the heap flags. */
    public Builder jvmArgs(String... args) {
      jvmArgs.addAll(Arrays.asList(args));
      return this;
    }

    /** Whether JMH's own progress output is copied to standard output; off by default. */
    public Builder showJmhOutput(boolean show) {
      this.showJmhOutput = show;
      return this;
    }

    /** Whether WASM plugins get the interpreter-mode instruction count; on by default. */
    public Builder countInstructions(boolean count) {
      this.countInstructions = count;
      return this;
    }

    public BenchmarkHarness build() {
      return new BenchmarkHarness(
          new HarnessSettings(
              mode,
              forks == null ? mode.forks() : forks,
              warmupIterations == null ? mode.warmupIterations() : warmupIterations,
              warmupTime == null ? mode.warmupTime() : warmupTime,
              measurementIterations,
              measurementTime == null ? mode.measurementTime() : measurementTime,
              outputDirectory,
              progress,
              heapSize,
              preTouchHeap,
              onStackReplacement,
              jvmArgs,
              showJmhOutput,
              countInstructions));
    }

    private static int positive(String name, int value) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1 but was [" + value + "]");
      }
      return value;
    }

    private static Duration positive(String name, Duration value) {
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive but was [" + value + "]");
      }
      return value;
    }
  }
}
