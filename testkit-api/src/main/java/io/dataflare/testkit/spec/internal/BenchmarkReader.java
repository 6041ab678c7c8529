package io.dataflare.testkit.spec.internal;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.testkit.InvalidSpecException;
import io.dataflare.testkit.PluginBenchmark;
import io.dataflare.testkit.RecordBuilder;
import io.dataflare.testkit.SourceLocation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/** Reads one {@code [[benchmark]]} table into a {@link PluginBenchmark}. */
@API(status = INTERNAL, since = "0.1")
public final class BenchmarkReader {
  private BenchmarkReader() {}

  /** The benchmark, or empty after reporting its problems. */
  public static Optional<PluginBenchmark> read(SpecTable table) {
    Problems problems = table.problems();
    int before = problems.count();
    table.checkKeys();
    Optional<String> name = table.string("name");
    if (!table.has("name")) {
      table.missing("name");
    }
    Optional<Long> dataSize = table.integer("data_size", 1, Integer.MAX_VALUE);
    Optional<Long> iterations = table.integer("iterations", 1, Integer.MAX_VALUE);
    Optional<Double> throughput = table.positiveNumber("expected_throughput");
    Optional<Double> latencyMs = table.positiveNumber("max_latency_ms");
    Optional<List<RecordBuilder>> input = input(table);
    if (problems.count() != before || name.isEmpty() || input.isEmpty()) {
      return Optional.empty();
    }
    PluginBenchmark.Builder builder =
        PluginBenchmark.builder(name.get())
            .withSource(new SourceLocation(problems.file(), table.line()));
    input.get().forEach(record -> builder.withInput(record.build()));
    dataSize.ifPresent(size -> builder.withDataSize(size.intValue()));
    iterations.ifPresent(count -> builder.withIterations(count.intValue()));
    throughput.ifPresent(builder::withExpectedThroughput);
    latencyMs.ifPresent(ms -> builder.withMaxLatency(Duration.ofNanos(Math.round(ms * 1e6))));
    try {
      return Optional.of(builder.build());
    } catch (InvalidSpecException e) {
      table.problem(TomlKeys.of(e.field()), e.problem(), e.fix());
      return Optional.empty();
    }
  }

  private static Optional<List<RecordBuilder>> input(SpecTable table) {
    if (!table.has("input")) {
      table.missing("input");
      return Optional.empty();
    }
    Optional<List<RecordBuilder>> records =
        table
            .array("input")
            .flatMap(array -> RecordReader.readAll(array, table.path("input"), table.problems()));
    if (records.isPresent() && records.get().isEmpty()) {
      table.problem("input", "is empty: a benchmark needs records to repeat");
      return Optional.empty();
    }
    return records;
  }
}
