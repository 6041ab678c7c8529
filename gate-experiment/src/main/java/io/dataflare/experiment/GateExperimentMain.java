package io.dataflare.experiment;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.bench.BenchmarkHarness;
import io.dataflare.bench.BenchmarkMode;
import io.dataflare.bench.HarnessException;
import io.dataflare.experiment.pool.ForkPool;
import io.dataflare.experiment.pool.InterleavedRounds;
import io.dataflare.experiment.pool.PoolJson;
import io.dataflare.experiment.pool.SampleBenchmark;
import io.dataflare.experiment.pool.Variant;
import io.dataflare.experiment.trials.Analysis;
import io.dataflare.experiment.trials.ExperimentReport;
import io.dataflare.experiment.trials.ForkValue;
import io.dataflare.experiment.trials.PoolAnalysis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * The gate experiment's commands (normally started by {@code gate-experiment/run.sh}, from the
 * repository's root, on a class path holding this module and its dependencies: the benchmark
 * harness's forks inherit it).
 *
 * <pre>
 * collect --rounds=N [--revision=REV] [--pool=FILE] [--append] [--benchmark=NAME] [--variants=a,b,..] [--seed=S]
 *         [--mode=default] [--warmup-iterations=N] [--measurement-iterations=N]
 *         [--iteration-time=1s] [--jvm-args="-XX:Flag ..."] [--osr]
 * analyze [--pool=FILE] [--forks-per-side=6,10] [--trials=1000] [--seed=S] [--report=FILE]
 *         [--fork-value=mean|median|rank-only]
 * </pre>
 *
 * <p>{@code collect} runs real interleaved rounds (one fork of every variant per round) through the
 * harness into a pool file; {@code analyze} draws A/B trials from it, runs the gate on each and
 * writes the Markdown report.
 */
@API(status = INTERNAL, since = "0.1")
public final class GateExperimentMain {
  static final String DEFAULT_POOL = "gate-experiment/target/pool.json";
  static final String DEFAULT_REPORT = "gate-experiment/target/report.md";

  private GateExperimentMain() {}

  public static void main(String[] args) {
    try {
      run(args);
    } catch (IllegalArgumentException e) {
      System.err.println("[gate-experiment] " + e.getMessage());
      System.err.println(
          "usage: GateExperimentMain collect --rounds=N [options] | analyze [options]"
              + " (see gate-experiment/README.md)");
      System.exit(2);
    } catch (HarnessException | IllegalStateException | UncheckedIOException e) {
      System.err.println("[gate-experiment] " + e.getMessage());
      System.exit(1);
    }
  }

  private static void run(String[] args) {
    if (args.length == 0) {
      throw new IllegalArgumentException("a command is required: collect or analyze");
    }
    List<String> rest = Arrays.asList(args).subList(1, args.length);
    String command = "GateExperimentMain " + String.join(" ", args);
    switch (args[0]) {
      case "collect" -> collect(rest, command);
      case "analyze" -> analyze(rest, command);
      default -> throw new IllegalArgumentException("unknown command [" + args[0] + "]");
    }
  }

  private static void collect(List<String> args, String command) {
    Options options =
        Options.parse(
            args,
            "rounds",
            "revision",
            "pool",
            "append",
            "benchmark",
            "variants",
            "seed",
            "mode",
            "warmup-iterations",
            "measurement-iterations",
            "iteration-time",
            "jvm-args",
            "osr");
    Path root = Path.of("").toAbsolutePath();
    Path poolFile = options.path("pool", DEFAULT_POOL);
    int rounds = options.number("rounds", 0);
    if (rounds < 1) {
      throw new IllegalArgumentException("option [--rounds] must be at least 1");
    }
    List<Variant> all = Variant.standard(root);
    List<Variant> variants =
        Variant.named(
            all,
            options.list("variants", String.join(",", all.stream().map(Variant::name).toList())));
    SampleBenchmark benchmark =
        SampleBenchmark.find(root, options.text("benchmark", "filter-mixed-1k"));
    Supplier<BenchmarkHarness.Builder> harness = harness(options);
    long seed = options.longNumber("seed", 20_250_601L);
    boolean append = options.flag("append") && Files.exists(poolFile);
    ForkPool start;
    InterleavedRounds collection;
    if (append) {
      start = PoolJson.read(poolFile);
      String settings = harness.get().forks(1).build().describe();
      if (!start.harness().equals(settings)) {
        throw new IllegalArgumentException(
            "The pool "
                + poolFile
                + " was collected with ["
                + start.harness()
                + "] but these options give ["
                + settings
                + "] (fix: append with the pool's mode and times, or start a new pool)");
      }
      List<String> pooled = start.variants().stream().map(v -> v.name()).toList();
      collection =
          new InterleavedRounds(
              benchmark,
              Variant.named(all, pooled),
              harness,
              workDirectory(poolFile),
              seed + start.rounds().size(),
              System.out::println);
    } else {
      collection =
          new InterleavedRounds(
              benchmark, variants, harness, workDirectory(poolFile), seed, System.out::println);
      start =
          collection.emptyPool(
              command,
              options.text("revision", "unknown"),
              harness.get().forks(1).build().describe());
    }
    System.out.println(
        "[gate-experiment] "
            + rounds
            + " rounds of "
            + benchmark.id()
            + " into "
            + poolFile
            + (append ? " (appending to " + start.rounds().size() + " rounds)" : ""));
    ForkPool pool = collection.collect(start, rounds, poolFile);
    System.out.println(
        "[gate-experiment] pool of "
            + pool.rounds().size()
            + " rounds written to "
            + poolFile
            + " ("
            + Duration.ofSeconds(pool.seconds())
            + " of collection)");
  }

  private static void analyze(List<String> args, String command) {
    Options options =
        Options.parse(args, "pool", "forks-per-side", "trials", "seed", "report", "fork-value");
    ForkValue forkValue;
    try {
      forkValue =
          ForkValue.valueOf(
              options.text("fork-value", "mean").toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "option [--fork-value] must be mean, median or rank-only but was ["
              + options.text("fork-value", "")
              + "]");
    }
    Path poolFile = options.path("pool", DEFAULT_POOL);
    Path report = options.path("report", DEFAULT_REPORT);
    ForkPool measured = PoolJson.read(poolFile);
    ForkPool pool =
        measured.variants().stream().anyMatch(v -> v.name().equals(Variant.TWIN))
            ? measured
                .withScaledCopy(Variant.TWIN, Variant.TWIN_PLUS_5, 1.05)
                .withScaledCopy(Variant.TWIN, Variant.TWIN_PLUS_10, 1.10)
            : measured;
    long started = System.nanoTime();
    Analysis analysis =
        new PoolAnalysis(System.out::println)
            .analyze(
                pool,
                options.numbers("forks-per-side", "6,10"),
                options.number("trials", 1000),
                options.longNumber("seed", 1L),
                forkValue);
    String markdown = ExperimentReport.markdown(analysis, command);
    try {
      Files.createDirectories(report.toAbsolutePath().getParent());
      Files.writeString(report, markdown);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the report [" + report + "]", e);
    }
    System.out.println(markdown);
    System.out.println(
        "[gate-experiment] report written to "
            + report
            + " (analysis took "
            + Duration.ofNanos(System.nanoTime() - started).toSeconds()
            + " s)");
  }

  private static Supplier<BenchmarkHarness.Builder> harness(Options options) {
    BenchmarkMode mode = BenchmarkMode.fromName(options.text("mode", "default"));
    return () -> {
      // As sample 01's pom configures it (--no-osr), unless --osr asks for HotSpot's default.
      BenchmarkHarness.Builder builder =
          BenchmarkHarness.builder().mode(mode).onStackReplacement(options.flag("osr"));
      if (options.text("warmup-iterations") != null) {
        builder.warmupIterations(options.number("warmup-iterations", 0));
      }
      if (options.text("measurement-iterations") != null) {
        builder.measurementIterations(options.number("measurement-iterations", 1));
      }
      String jvmArgs = options.text("jvm-args");
      if (jvmArgs != null && !jvmArgs.isBlank()) {
        builder.jvmArgs(jvmArgs.trim().split("\\s+"));
      }
      String time = options.text("iteration-time");
      if (time != null) {
        builder.iterationTime(duration(time));
      }
      return builder;
    };
  }

  /** {@code 200ms}, {@code 2s} or ISO-8601 ({@code PT0.2S}). */
  private static Duration duration(String text) {
    try {
      if (text.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
      }
      if (text.endsWith("s") && !text.startsWith("P")) {
        return Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
      }
      return Duration.parse(text);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "option [--iteration-time] needs a duration such as 200ms, 1s or PT0.2S but was ["
              + text
              + "]");
    }
  }

  private static Path workDirectory(Path poolFile) {
    String name = poolFile.getFileName().toString().replaceFirst("\\.json$", "");
    return poolFile.toAbsolutePath().resolveSibling(name + "-rounds");
  }
}
