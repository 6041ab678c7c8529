package io.dataflare.experiment.pool;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.baselines.Measurement;
import io.dataflare.baselines.MeasurementSet;
import io.dataflare.baselines.jmh.JmhResultReader;
import io.dataflare.bench.BenchmarkHarness;
import io.dataflare.bench.plan.BenchmarkPlan;
import io.dataflare.bench.plan.PlannedBenchmark;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * Collects a {@link ForkPool} through the real benchmark harness: each round is one harness run of
 * a plan holding every variant's entry, in a freshly shuffled order, with one fork per entry. So
 * the variants' forks interleave one by one over the whole collection, the way an A/B job
 * interleaves the previous and the current artifact, and every round also records the harness's
 * exact instruction counts (two interpreter passes per variant).
 *
 * <p>The pool file is rewritten after every round: an interrupted collection keeps what it
 * measured, and {@link #collect} can append to it.
 */
@API(status = INTERNAL, since = "0.1")
public final class InterleavedRounds {
  private final SampleBenchmark benchmark;
  private final List<Variant> variants;
  private final Supplier<BenchmarkHarness.Builder> harness;
  private final Path workDirectory;
  private final Random shuffle;
  private final Consumer<String> progress;

  /**
   * @param benchmark the sample's benchmark
   * @param variants the variants, one fork of each per round
   * @param harness a fresh harness builder with the experiment's mode and times; forks, output
   *     directory, instruction counting and progress are set here
   * @param workDirectory where each round's harness output goes ({@code round-NNN/})
   * @param seed seeds the order of the forks within each round
   * @param progress receives one line per fork and per round
   */
  public InterleavedRounds(
      SampleBenchmark benchmark,
      List<Variant> variants,
      Supplier<BenchmarkHarness.Builder> harness,
      Path workDirectory,
      long seed,
      Consumer<String> progress) {
    this.benchmark = benchmark;
    this.variants = List.copyOf(variants);
    this.harness = harness;
    this.workDirectory = workDirectory;
    this.shuffle = new Random(seed);
    this.progress = progress;
  }

  /**
   * Runs {@code rounds} more rounds, appending to {@code pool}, and rewrites {@code poolFile} after
   * each. The first round ever also records the machine fingerprint and the unit.
   *
   * @return the pool with the new rounds
   */
  public ForkPool collect(ForkPool pool, int rounds, Path poolFile) {
    Instant start = Instant.now();
    long earlierSeconds = pool.seconds();
    ForkPool current = pool;
    int first = pool.rounds().size() + 1;
    for (int index = first; index < first + rounds; index++) {
      Measured measured = runRound(index);
      long seconds = earlierSeconds + Duration.between(start, Instant.now()).toSeconds();
      current =
          current.withRound(measured.round(), measured.files(), Instant.now().toString(), seconds);
      PoolJson.write(poolFile, current);
      progress.accept(
          String.format(
              "[gate-experiment] round %d of %d done (load %.2f, %d s so far): %s",
              index,
              first + rounds - 1,
              measured.round().loadAverage(),
              seconds,
              summary(measured.round())));
    }
    return current;
  }

  /** A new pool of this collection's variants, without rounds. */
  public ForkPool emptyPool(String command, String revision, String harnessDescription) {
    List<VariantInfo> infos =
        variants.stream()
            .map(
                v ->
                    new VariantInfo(
                        v.name(),
                        relative(v.pluginToml()),
                        SampleBenchmark.moduleSha256(v),
                        v.planted()))
            .toList();
    String now = Instant.now().toString();
    return new ForkPool(
        ForkPool.SCHEMA,
        benchmark.id(),
        "",
        benchmark.inputSha256(),
        harnessDescription,
        command,
        revision,
        now,
        now,
        0,
        Map.of(),
        infos,
        List.of());
  }

  /** Runs one round and reads its forks back from the harness's files. */
  private Measured runRound(int index) {
    List<Variant> order = new ArrayList<>(variants);
    Collections.shuffle(order, shuffle);
    double load = LoadAverage.oneMinute();
    Path output = workDirectory.resolve(String.format("round-%03d", index));
    List<PlannedBenchmark> entries = order.stream().map(benchmark::plannedFor).toList();
    harness
        .get()
        .forks(1)
        .countInstructions(true)
        .outputDirectory(output)
        .progress(line -> progress.accept("  round " + index + " " + line))
        .build()
        .run(BenchmarkPlan.of(entries));
    MeasurementSet files = JmhResultReader.readDirectory(output);
    Map<String, ForkSample> forks = new LinkedHashMap<>();
    for (Variant variant : order) {
      Measurement m =
          files
              .find(benchmark.idOf(variant))
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "The harness output "
                              + output
                              + " has no entry ["
                              + benchmark.idOf(variant)
                              + "]"));
      forks.put(variant.name(), sampleOf(m));
    }
    return new Measured(
        new Round(index, order.stream().map(Variant::name).toList(), load, forks), files);
  }

  private record Measured(Round round, MeasurementSet files) {}

  private static ForkSample sampleOf(Measurement m) {
    if (m.wallClock().forks() != 1) {
      throw new IllegalStateException(
          "Benchmark ["
              + m.benchmarkId()
              + "] has "
              + m.wallClock().forks()
              + " forks in one round; the experiment runs one per variant and round");
    }
    return new ForkSample(
        m.wallClock().values().get(0),
        m.medianCalls() == null ? Double.NaN : m.medianCalls().values().get(0),
        m.allocationPerRecord() == null ? null : m.allocationPerRecord().values().get(0),
        m.instructionsPerRecord() == null ? List.of() : m.instructionsPerRecord().passes());
  }

  private static String summary(Round round) {
    StringBuilder text = new StringBuilder();
    for (String name : round.order()) {
      text.append(text.length() == 0 ? "" : ", ")
          .append(name)
          .append(' ')
          .append(String.format("%.1f", round.fork(name).wallClock()));
    }
    return text.toString();
  }

  private static String relative(Path file) {
    Path here = Path.of("").toAbsolutePath();
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
  }
}
