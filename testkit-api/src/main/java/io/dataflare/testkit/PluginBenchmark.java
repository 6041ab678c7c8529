package io.dataflare.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.internal.SpecChecks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A throughput and latency target for a plugin: batches of {@link #dataSize()} records, made by
 * repeating {@link #input()}, processed {@link #iterations()} times.
 *
 * <pre>{@code
 * PluginBenchmark.builder("filter-1k")
 *     .withInput(Records.text("info: ok"), Records.text("debug: noise"))
 *     .withDataSize(1_000)
 *     .withExpectedThroughput(200_000)
 *     .withMaxLatency(Duration.ofMillis(20))
 *     .build();
 * }</pre>
 *
 * <p>Defaults: {@value #DEFAULT_DATA_SIZE} records per batch, {@value #DEFAULT_ITERATIONS}
 * iterations, no throughput or latency target.
 */
@API(status = STABLE, since = "0.1")
public final class PluginBenchmark {
  public static final int DEFAULT_DATA_SIZE = 1_000;
  public static final int DEFAULT_ITERATIONS = 10;

  private final String name;
  private final int dataSize;
  private final int iterations;
  private final @Nullable Double expectedThroughput;
  private final @Nullable Duration maxLatency;
  private final List<PluginRecord> input;
  private final List<PluginRecord> batch;
  private final @Nullable SourceLocation source;

  private PluginBenchmark(Builder builder) {
    this.name = builder.name;
    this.dataSize = builder.dataSize;
    this.iterations = builder.iterations;
    this.expectedThroughput = builder.expectedThroughput;
    this.maxLatency = builder.maxLatency;
    this.input = List.copyOf(builder.input);
    this.source = builder.source;
    List<PluginRecord> cycled = new ArrayList<>(dataSize);
    for (int i = 0; i < dataSize; i++) {
      cycled.add(input.get(i % input.size()));
    }
    this.batch = List.copyOf(cycled);
  }

  /** Starts a benchmark with this name; names are unique within a suite. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  public String name() {
    return name;
  }

  /** Records per batch call. */
  public int dataSize() {
    return dataSize;
  }

  /** Batch calls per measurement. */
  public int iterations() {
    return iterations;
  }

  /** Minimum throughput in records per second, when there is a target. */
  public OptionalDouble expectedThroughput() {
    return expectedThroughput == null
        ? OptionalDouble.empty()
        : OptionalDouble.of(expectedThroughput);
  }

  /** Maximum 99th-percentile latency of one batch call, when there is a target. */
  public Optional<Duration> maxLatency() {
    return Optional.ofNullable(maxLatency);
  }

  /** The records that are repeated to fill a batch; at least one. */
  public List<PluginRecord> input() {
    return input;
  }

  /** One batch: {@link #input()} repeated in order until it has {@link #dataSize()} records. */
  public List<PluginRecord> batch() {
    return batch;
  }

  /** Where the benchmark was written, for TOML benchmarks. */
  public Optional<SourceLocation> source() {
    return Optional.ofNullable(source);
  }

  @Override
  public String toString() {
    return "PluginBenchmark[" + name + "]";
  }

  /** Builds a {@link PluginBenchmark}; {@link #build()} validates it. */
  public static final class Builder {
    private final String name;
    private int dataSize = DEFAULT_DATA_SIZE;
    private int iterations = DEFAULT_ITERATIONS;
    private @Nullable Double expectedThroughput;
    private @Nullable Duration maxLatency;
    private final List<PluginRecord> input = new ArrayList<>();
    private @Nullable SourceLocation source;

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    /** Adds records to repeat. */
    public Builder withInput(List<PluginRecord> records) {
      input.addAll(records);
      return this;
    }

    /** Adds records to repeat. */
    public Builder withInput(PluginRecord... records) {
      return withInput(List.of(records));
    }

    /** Adds records to repeat. */
    public Builder withInput(RecordBuilder... records) {
      for (RecordBuilder record : records) {
        input.add(record.build());
      }
      return this;
    }

    /** Records per batch call. */
    public Builder withDataSize(int records) {
      this.dataSize = records;
      return this;
    }

    /** Batch calls per measurement. */
    public Builder withIterations(int iterations) {
      this.iterations = iterations;
      return this;
    }

    /** Minimum throughput in records per second. */
    public Builder withExpectedThroughput(double recordsPerSecond) {
      this.expectedThroughput = recordsPerSecond;
      return this;
    }

    /** Maximum 99th-percentile latency of one batch call. */
    public Builder withMaxLatency(Duration latency) {
      this.maxLatency = Objects.requireNonNull(latency, "latency");
      return this;
    }

    public Builder withSource(SourceLocation source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Builds the benchmark.
     *
     * @throws InvalidSpecException naming the benchmark, the field and the fix when it is invalid
     */
    public PluginBenchmark build() {
      String spec = "PluginBenchmark [" + name + "]";
      SpecChecks.name(
          spec, name, "name the benchmark, e.g. PluginBenchmark.builder(\"filter-1k\")");
      if (input.isEmpty()) {
        throw new InvalidSpecException(
            spec,
            "input",
            "is empty",
            "give records to repeat with withInput(Records.text(\"...\"))");
      }
      SpecChecks.between(
          spec,
          "dataSize",
          dataSize,
          1,
          Integer.MAX_VALUE,
          "give the records per batch, e.g. 1000");
      SpecChecks.between(
          spec,
          "iterations",
          iterations,
          1,
          Integer.MAX_VALUE,
          "give the batch calls per measurement, e.g. 10");
      if (expectedThroughput != null
          && (!(expectedThroughput > 0) || expectedThroughput.isInfinite())) {
        throw new InvalidSpecException(
            spec,
            "expectedThroughput",
            "must be a positive number of records per second but was [" + expectedThroughput + "]",
            "give the minimum records per second, e.g. 100000");
      }
      if (maxLatency != null) {
        SpecChecks.positive(
            spec, "maxLatency", maxLatency, "give a positive latency, e.g. Duration.ofMillis(20)");
      }
      return new PluginBenchmark(this);
    }
  }
}
