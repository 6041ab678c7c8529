package io.dataflare.baselines;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What one run measured for one benchmark.
 *
 * @param benchmarkId the benchmark's id, e.g. {@code error-filter/filter-100B}
 * @param plugin the plugin's name, or empty when unknown
 * @param pluginVersion the plugin's version, or empty when unknown
 * @param dataSize records per batch call, or 0 when unknown
 * @param wallClock the primary (wall-clock) metric, one value per fork
 * @param medianCalls each fork's median call time (the median of its samples in JMH's sample mode),
 *     in the wall-clock unit; null when not measured (other modes)
 * @param allocationPerRecord allocated bytes per record, one value per fork; null when not measured
 * @param instructionsPerRecord executed WASM instructions per record; null when not measured
 *     (native plugins)
 * @param moduleSha256 the WASM module's SHA-256, or null for native plugins
 * @param inputSha256 the SHA-256 of the encoded input records, or null when unknown
 */
@API(status = STABLE, since = "0.1")
public record Measurement(
    String benchmarkId,
    String plugin,
    String pluginVersion,
    int dataSize,
    ForkValues wallClock,
    @Nullable ForkValues medianCalls,
    @Nullable ForkValues allocationPerRecord,
    @Nullable InstructionCount instructionsPerRecord,
    @Nullable String moduleSha256,
    @Nullable String inputSha256) {

  /** The unit of {@link #allocationPerRecord()}. */
  public static final String ALLOCATION_UNIT = "B/record";

  public Measurement {
    Objects.requireNonNull(benchmarkId, "benchmarkId");
    if (benchmarkId.isBlank()) {
      throw new IllegalArgumentException("A benchmark id must not be blank");
    }
    Objects.requireNonNull(plugin, "plugin");
    Objects.requireNonNull(pluginVersion, "pluginVersion");
    Objects.requireNonNull(wallClock, "wallClock");
    if (medianCalls != null
        && (!medianCalls.unit().equals(wallClock.unit())
            || medianCalls.forks() != wallClock.forks())) {
      throw new IllegalArgumentException(
          "The median calls of benchmark ["
              + benchmarkId
              + "] must have the wall-clock's unit and forks (["
              + wallClock.unit()
              + "], "
              + wallClock.forks()
              + ") but have (["
              + medianCalls.unit()
              + "], "
              + medianCalls.forks()
              + ")");
    }
    if (dataSize < 0) {
      throw new IllegalArgumentException(
          "dataSize of benchmark [" + benchmarkId + "] must not be negative but was " + dataSize);
    }
  }

  /** A builder for the benchmark with the given id. */
  public static Builder builder(String benchmarkId) {
    return new Builder(benchmarkId);
  }

  /** A builder holding this measurement's values, to change some of them. */
  public Builder toBuilder() {
    Builder b = new Builder(benchmarkId);
    b.plugin = plugin;
    b.pluginVersion = pluginVersion;
    b.dataSize = dataSize;
    b.wallClock = wallClock;
    b.medianCalls = medianCalls;
    b.allocationPerRecord = allocationPerRecord;
    b.instructionsPerRecord = instructionsPerRecord;
    b.moduleSha256 = moduleSha256;
    b.inputSha256 = inputSha256;
    return b;
  }

  /** Builds a {@link Measurement}; only the wall-clock metric is required. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder {
    private final String benchmarkId;
    private String plugin = "";
    private String pluginVersion = "";
    private int dataSize;
    private @Nullable ForkValues wallClock;
    private @Nullable ForkValues medianCalls;
    private @Nullable ForkValues allocationPerRecord;
    private @Nullable InstructionCount instructionsPerRecord;
    private @Nullable String moduleSha256;
    private @Nullable String inputSha256;

    private Builder(String benchmarkId) {
      this.benchmarkId = benchmarkId;
    }

    public Builder withPlugin(String name, String version) {
      this.plugin = name;
      this.pluginVersion = version;
      return this;
    }

    public Builder withDataSize(int recordsPerCall) {
      this.dataSize = recordsPerCall;
      return this;
    }

    public Builder withWallClock(ForkValues forks) {
      this.wallClock = forks;
      return this;
    }

    /** Wall-clock fork values; the direction follows from the unit. */
    public Builder withWallClock(String unit, List<Double> forks) {
      return withWallClock(ForkValues.of(unit, forks));
    }

    /** Each fork's median call time, in the wall-clock unit; null when not measured. */
    public Builder withMedianCalls(@Nullable ForkValues forks) {
      this.medianCalls = forks;
      return this;
    }

    public Builder withAllocationPerRecord(@Nullable ForkValues forks) {
      this.allocationPerRecord = forks;
      return this;
    }

    /** Allocated bytes per record, one value per fork. */
    public Builder withAllocationPerRecord(List<Double> bytesPerFork) {
      return withAllocationPerRecord(
          new ForkValues(ALLOCATION_UNIT, Direction.LOWER_IS_BETTER, bytesPerFork));
    }

    public Builder withInstructionsPerRecord(@Nullable InstructionCount count) {
      this.instructionsPerRecord = count;
      return this;
    }

    public Builder withModuleSha256(@Nullable String sha256) {
      this.moduleSha256 = sha256;
      return this;
    }

    public Builder withInputSha256(@Nullable String sha256) {
      this.inputSha256 = sha256;
      return this;
    }

    public Measurement build() {
      if (wallClock == null) {
        throw new IllegalStateException(
            "Benchmark [" + benchmarkId + "] has no wall-clock fork values: call withWallClock");
      }
      return new Measurement(
          benchmarkId,
          plugin,
          pluginVersion,
          dataSize,
          wallClock,
          medianCalls,
          allocationPerRecord,
          instructionsPerRecord,
          moduleSha256,
          inputSha256);
    }
  }
}
