package io.dataflare.quality.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.testkit.PluginBenchmark;
import io.dataflare.testkit.PluginTestCase;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The specs of one spec file or spec class, as far as the score needs them.
 *
 * @param name the suite's name (a spec file's name without {@code .toml}, or the class's name)
 * @param origin where it is: the spec file, or {@code class#method}
 * @param manifest the absolute, normalized {@code plugin.toml} its cases test, or null when its
 *     plugin is built in code or its manifest cannot be read
 * @param cases its cases
 * @param benchmarks its benchmarks (the engine's quick check runs each once in the test phase)
 * @param contracts the compatibility contracts it declares ({@code [properties] contracts}, or
 *     contracts a spec method returns), by name; each runs as a test of that name
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SpecSuite(
    String name,
    String origin,
    @Nullable Path manifest,
    List<PluginTestCase> cases,
    List<PluginBenchmark> benchmarks,
    List<String> contracts) {

  public SpecSuite {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(origin, "origin");
    cases = List.copyOf(cases);
    benchmarks = List.copyOf(benchmarks);
    contracts = List.copyOf(contracts);
  }

  /** Whether it declares at least one contract. */
  public boolean declaresContracts() {
    return !contracts.isEmpty();
  }
}
