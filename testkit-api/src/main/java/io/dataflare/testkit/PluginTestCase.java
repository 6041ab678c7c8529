package io.dataflare.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.plugin.PluginRecord;
import io.dataflare.testkit.internal.SpecChecks;
import io.dataflare.testkit.internal.expect.BatchesExpectation;
import io.dataflare.testkit.internal.expect.FailureExpectation;
import io.dataflare.testkit.internal.expect.OutputsExpectation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One test of a plugin: batches of input records, run in order on one instance (so state carries
 * across them), and the expectations their outputs must meet.
 *
 * <pre>{@code
 * PluginTestCase.builder("drops-debug-lines")
 *     .withInput(Records.text("debug: x"), Records.text("info: y"))
 *     .expecting(Expectations.outputValues("info: y"))
 *     .withTimeout(Duration.ofSeconds(1))
 *     .build();
 * }</pre>
 *
 * <p>Timeout and memory limit default to the plugin's {@code [runtime]} limits.
 */
@API(status = STABLE, since = "0.1")
public final class PluginTestCase {
  private final String name;
  private final List<List<PluginRecord>> batches;
  private final List<Expectation> expectations;
  private final @Nullable Duration timeout;
  private final @Nullable Integer memoryLimitMb;
  private final @Nullable SourceLocation source;
  private final Set<String> tags;

  private PluginTestCase(Builder builder, List<List<PluginRecord>> batches) {
    this.name = builder.name;
    this.batches = batches;
    this.expectations = List.copyOf(builder.expectations);
    this.timeout = builder.timeout;
    this.memoryLimitMb = builder.memoryLimitMb;
    this.source = builder.source;
    this.tags = Collections.unmodifiableSet(new LinkedHashSet<>(builder.tags));
  }

  /** Starts a case with this name; names are unique within a suite. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  public String name() {
    return name;
  }

  /** The input batches, at least one, run in order on one instance. */
  public List<List<PluginRecord>> batches() {
    return batches;
  }

  /** At least one expectation; the case passes when all are met. */
  public List<Expectation> expectations() {
    return expectations;
  }

  /** Time limit of each batch call; empty means the plugin's {@code max_execution_time_ms}. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** Memory limit of the instance in MiB; empty means the plugin's {@code max_memory_mb}. */
  public OptionalInt memoryLimitMb() {
    return memoryLimitMb == null ? OptionalInt.empty() : OptionalInt.of(memoryLimitMb);
  }

  /** Where the case was written, for TOML cases. */
  public Optional<SourceLocation> source() {
    return Optional.ofNullable(source);
  }

  /** Tags for selecting cases (Surefire {@code groups}), in the order given. */
  public Set<String> tags() {
    return tags;
  }

  /** Number of input records over all batches. */
  public int recordCount() {
    return batches.stream().mapToInt(List::size).sum();
  }

  @Override
  public String toString() {
    return "PluginTestCase[" + name + "]";
  }

  /** Builds a {@link PluginTestCase}; {@link #build()} validates it. */
  public static final class Builder {
    private final String name;
    private @Nullable List<PluginRecord> input;
    private final List<List<PluginRecord>> batches = new ArrayList<>();
    private final List<Expectation> expectations = new ArrayList<>();
    private @Nullable Duration timeout;
    private @Nullable Integer memoryLimitMb;
    private @Nullable SourceLocation source;
    private final List<String> tags = new ArrayList<>();

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    /** The one input batch. */
    public Builder withInput(List<PluginRecord> records) {
      this.input = List.copyOf(records);
      return this;
    }

    /** The one input batch. */
    public Builder withInput(PluginRecord... records) {
      return withInput(List.of(records));
    }

    /** The one input batch. */
    public Builder withInput(RecordBuilder... records) {
      return withInput(build(records));
    }

    /** Adds an input batch; batches run in order on one instance, so state carries across. */
    public Builder withBatch(List<PluginRecord> records) {
      batches.add(List.copyOf(records));
      return this;
    }

    /** Adds an input batch. */
    public Builder withBatch(PluginRecord... records) {
      return withBatch(List.of(records));
    }

    /** Adds an input batch. */
    public Builder withBatch(RecordBuilder... records) {
      return withBatch(build(records));
    }

    /** Adds these input batches. */
    public Builder withBatches(List<? extends List<PluginRecord>> records) {
      records.forEach(this::withBatch);
      return this;
    }

    /** Adds expectations; all must be met. */
    public Builder expecting(Expectation... more) {
      return expecting(Arrays.asList(more));
    }

    /** Adds expectations; all must be met. */
    public Builder expecting(Collection<? extends Expectation> more) {
      more.forEach(e -> expectations.add(Objects.requireNonNull(e, "expectation")));
      return this;
    }

    /** Time limit of each batch call. */
    public Builder withTimeout(Duration timeout) {
      this.timeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /** Memory limit of the instance, in MiB (1 to 4096). */
    public Builder withMemoryLimitMb(int megabytes) {
      this.memoryLimitMb = megabytes;
      return this;
    }

    /** Adds tags. */
    public Builder withTags(String... more) {
      return withTags(Arrays.asList(more));
    }

    /** Adds tags. */
    public Builder withTags(Collection<String> more) {
      tags.addAll(more);
      return this;
    }

    /** Where the case was written. */
    public Builder withSource(SourceLocation source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Builds the case.
     *
     * @throws InvalidSpecException naming the case, the field and the fix when the case is invalid
     */
    public PluginTestCase build() {
      String spec = "PluginTestCase [" + name + "]";
      SpecChecks.name(
          spec, name, "name the case, e.g. PluginTestCase.builder(\"drops-debug-lines\")");
      List<List<PluginRecord>> all = inputBatches(spec);
      checkExpectations(spec, all.size());
      if (timeout != null) {
        SpecChecks.positive(
            spec, "timeout", timeout, "give a positive timeout, e.g. Duration.ofSeconds(1)");
      }
      if (memoryLimitMb != null) {
        SpecChecks.between(
            spec, "memoryLimitMb", memoryLimitMb, 1, 4096, "give 1 to 4096 MiB, e.g. 64");
      }
      SpecChecks.tags(spec, tags);
      return new PluginTestCase(this, all);
    }

    private List<List<PluginRecord>> inputBatches(String spec) {
      if (input != null && !batches.isEmpty()) {
        throw new InvalidSpecException(
            spec,
            "input",
            "and [batches] are both given",
            "give one batch with withInput(..) or several with withBatch(..), not both");
      }
      if (input != null) {
        return List.of(input);
      }
      if (batches.isEmpty()) {
        throw new InvalidSpecException(
            spec, "input", "is missing", "give the records with withInput(Records.text(\"...\"))");
      }
      return List.copyOf(batches);
    }

    private void checkExpectations(String spec, int batchCount) {
      if (expectations.isEmpty()) {
        throw new InvalidSpecException(
            spec,
            "expectations",
            "is empty: a case must expect something",
            "add one, e.g. expecting(Expectations.outputValues(\"...\")) or"
                + " expecting(Expectations.dropped())");
      }
      boolean failure = false;
      boolean outputs = false;
      for (Expectation expectation : expectations) {
        failure |= expectation instanceof FailureExpectation;
        outputs |= expectation instanceof OutputsExpectation;
        if (expectation instanceof BatchesExpectation perBatch
            && perBatch.batchCount() != batchCount) {
          throw new InvalidSpecException(
              spec,
              "expectations",
              "expect per batch "
                  + perBatch.batchCount()
                  + " batches but the case has ["
                  + batchCount
                  + "]",
              "give one expectation per input batch");
        }
      }
      if (failure && outputs) {
        throw new InvalidSpecException(
            spec,
            "expectations",
            "expect both a failure and outputs, which no run can meet: a failed batch has no outputs",
            "expect either the failure or the outputs, or use Expectations.batches(..) per batch");
      }
    }

    private static List<PluginRecord> build(RecordBuilder... records) {
      List<PluginRecord> built = new ArrayList<>(records.length);
      for (RecordBuilder record : records) {
        built.add(record.build());
      }
      return built;
    }
  }
}
