package io.dataflare.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.testkit.internal.SpecChecks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A plugin with its cases and benchmarks: what one spec file or one spec method describes.
 *
 * <pre>{@code
 * PluginTestSuite.builder("log-filter")
 *     .withPlugin(PluginSource.manifest(Path.of("plugin.toml")))
 *     .withCases(keepsInfo, dropsDebug)
 *     .withBenchmarks(filter1k)
 *     .build();
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class PluginTestSuite {
  private final String name;
  private final PluginSource plugin;
  private final List<PluginTestCase> cases;
  private final List<PluginBenchmark> benchmarks;
  private final @Nullable SourceLocation source;
  private final @Nullable Map<String, Object> properties;

  private PluginTestSuite(Builder builder, PluginSource plugin) {
    this.name = builder.name;
    this.plugin = plugin;
    this.cases = List.copyOf(builder.cases);
    this.benchmarks = List.copyOf(builder.benchmarks);
    this.source = builder.source;
    this.properties =
        builder.properties == null
            ? null
            : Collections.unmodifiableMap(new LinkedHashMap<>(builder.properties));
  }

  /** Starts a suite with this name (a spec file's name without {@code .toml}). */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  public String name() {
    return name;
  }

  /** The plugin every case and benchmark of this suite runs. */
  public PluginSource plugin() {
    return plugin;
  }

  /** The cases, in the order written; names are unique. */
  public List<PluginTestCase> cases() {
    return cases;
  }

  /** The benchmarks, in the order written; names are unique. */
  public List<PluginBenchmark> benchmarks() {
    return benchmarks;
  }

  /** Where the suite was written, for TOML spec files (line 0: the whole file). */
  public Optional<SourceLocation> source() {
    return Optional.ofNullable(source);
  }

  /**
   * The {@code [properties]} table of a spec file, kept as parsed (strings, numbers, booleans,
   * lists and maps) for the compatibility properties that read it; empty when there is none.
   */
  public Optional<Map<String, Object>> properties() {
    return Optional.ofNullable(properties);
  }

  @Override
  public String toString() {
    return "PluginTestSuite[" + name + "]";
  }

  /** Builds a {@link PluginTestSuite}; {@link #build()} validates it. */
  public static final class Builder {
    private final String name;
    private @Nullable PluginSource plugin;
    private final List<PluginTestCase> cases = new ArrayList<>();
    private final List<PluginBenchmark> benchmarks = new ArrayList<>();
    private @Nullable SourceLocation source;
    private @Nullable Map<String, Object> properties;

    private Builder(String name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    public Builder withPlugin(PluginSource plugin) {
      this.plugin = Objects.requireNonNull(plugin, "plugin");
      return this;
    }

    /** Adds cases. */
    public Builder withCases(PluginTestCase... more) {
      return withCases(Arrays.asList(more));
    }

    /** Adds cases. */
    public Builder withCases(Collection<PluginTestCase> more) {
      more.forEach(c -> cases.add(Objects.requireNonNull(c, "case")));
      return this;
    }

    /** Adds benchmarks. */
    public Builder withBenchmarks(PluginBenchmark... more) {
      return withBenchmarks(Arrays.asList(more));
    }

    /** Adds benchmarks. */
    public Builder withBenchmarks(Collection<PluginBenchmark> more) {
      more.forEach(b -> benchmarks.add(Objects.requireNonNull(b, "benchmark")));
      return this;
    }

    public Builder withSource(SourceLocation source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /** The raw {@code [properties]} table. */
    public Builder withProperties(Map<String, Object> properties) {
      this.properties = Objects.requireNonNull(properties, "properties");
      return this;
    }

    /**
     * Builds the suite.
     *
     * @throws InvalidSpecException naming the suite, the field and the fix when it is invalid
     */
    public PluginTestSuite build() {
      String spec = "PluginTestSuite [" + name + "]";
      SpecChecks.name(spec, name, "name the suite, e.g. PluginTestSuite.builder(\"log-filter\")");
      if (plugin == null) {
        throw new InvalidSpecException(
            spec,
            "plugin",
            "is missing",
            "give it with withPlugin(PluginSource.manifest(Path.of(\"plugin.toml\")))");
      }
      SpecChecks.uniqueNames(spec, "cases", cases.stream().map(PluginTestCase::name).toList());
      SpecChecks.uniqueNames(
          spec, "benchmarks", benchmarks.stream().map(PluginBenchmark::name).toList());
      return new PluginTestSuite(this, plugin);
    }
  }
}
