package io.dataflare.bench.plan;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.bench.internal.AtomicFiles;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The benchmarks one harness run measures, in order. Built by {@code BenchmarkDiscovery} from spec
 * files and spec classes, or in code; written to JSON for the forked JVMs, which read it back with
 * {@link #read(Path)}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BenchmarkPlan {
  private final Map<String, PlannedBenchmark> benchmarks;

  private BenchmarkPlan(Map<String, PlannedBenchmark> benchmarks) {
    this.benchmarks = benchmarks;
  }

  /**
   * A plan of these benchmarks, in this order.
   *
   * @throws IllegalArgumentException naming the id when two benchmarks share one
   */
  public static BenchmarkPlan of(List<PlannedBenchmark> benchmarks) {
    Map<String, PlannedBenchmark> byId = new LinkedHashMap<>();
    for (PlannedBenchmark benchmark : benchmarks) {
      PlannedBenchmark previous = byId.putIfAbsent(benchmark.id(), benchmark);
      if (previous != null) {
        throw new IllegalArgumentException(
            "Benchmark id ["
                + benchmark.id()
                + "] is declared twice: at "
                + previous.source().orElse(previous.plugin().describe())
                + " and at "
                + benchmark.source().orElse(benchmark.plugin().describe())
                + " (fix: give one of the benchmarks another name)");
      }
    }
    return new BenchmarkPlan(byId);
  }

  /** The benchmarks in run order. */
  public List<PlannedBenchmark> benchmarks() {
    return List.copyOf(benchmarks.values());
  }

  /** The benchmark with this id ({@code <plugin>/<benchmark>}), if the plan has it. */
  public Optional<PlannedBenchmark> find(String benchmarkId) {
    return Optional.ofNullable(benchmarks.get(benchmarkId));
  }

  public int size() {
    return benchmarks.size();
  }

  public boolean isEmpty() {
    return benchmarks.isEmpty();
  }

  /** A plan of only the benchmarks whose ids are given, in this plan's order. */
  public BenchmarkPlan only(List<String> benchmarkIds) {
    for (String id : benchmarkIds) {
      if (!benchmarks.containsKey(id)) {
        throw new IllegalArgumentException(
            "Benchmark ["
                + id
                + "] is not in the plan (fix: use one of "
                + benchmarks.keySet()
                + ")");
      }
    }
    return of(benchmarks().stream().filter(b -> benchmarkIds.contains(b.id())).toList());
  }

  /** The plan as JSON (schema {@value PlanJson#SCHEMA}). */
  public String toJson() {
    return PlanJson.write(this);
  }

  /** Writes the plan as JSON, atomically: a reader never sees a half-written file. */
  public void write(Path file) {
    AtomicFiles.writeString(file, toJson());
  }

  /**
   * Reads a plan written by {@link #write(Path)}.
   *
   * @throws PlanException naming the file, the benchmark and the field when it is not a valid plan
   */
  public static BenchmarkPlan read(Path file) {
    return PlanJson.read(file);
  }

  @Override
  public String toString() {
    return "BenchmarkPlan" + benchmarks.keySet();
  }
}
