package io.dataflare.engine;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Names of the engine's configuration parameters. Set them like any JUnit Platform configuration
 * parameter: in {@code src/test/resources/junit-platform.properties}, in Surefire's {@code
 * configurationParameters}, or as system properties. {@code docs/engine.md} describes each.
 */
@API(status = STABLE, since = "0.1")
public final class Constants {

  /** Every parameter of this engine starts with this prefix. */
  public static final String PREFIX = "dataflare.";

  /**
   * Directory of TOML spec files, relative to the working directory. Default: the {@code [test]
   * test_data} of {@code plugin.toml} in the working directory, else {@code src/test/dataflare}.
   */
  public static final String SPECS_DIRECTORY = "dataflare.specs.directory";

  /** How WASM plugins run: {@code compiled} (default) or {@code interpreter}. */
  public static final String EXECUTION_MODE = "dataflare.execution.mode";

  /** Most pooled instances per plugin; default: the number of processors, at least 2. */
  public static final String POOL_SIZE = "dataflare.pool.size";

  /** Whether suites and cases run in parallel: {@code true} or {@code false} (default). */
  public static final String PARALLEL_ENABLED = "dataflare.execution.parallel.enabled";

  /**
   * Prefix of the parallel executor's own parameters, e.g. {@code
   * dataflare.execution.parallel.config.strategy=fixed}; the same keys as JUnit Jupiter's.
   */
  public static final String PARALLEL_CONFIG_PREFIX = "dataflare.execution.parallel.config.";

  /** Whether benchmarks run as quick smoke checks: {@code on} (default) or {@code off}. */
  public static final String BENCHMARK_SMOKE = "dataflare.benchmarks.smoke";

  /**
   * How far a smoke check may miss a benchmark's targets before it fails: a factor of at least 1,
   * default 10 (a tenth of {@code expected_throughput}, ten times {@code max_latency}).
   */
  public static final String BENCHMARK_SMOKE_MARGIN = "dataflare.benchmarks.smoke.margin";

  /** How long one smoke check measures, in milliseconds; default 300. */
  public static final String BENCHMARK_SMOKE_DURATION_MS = "dataflare.benchmarks.smoke.duration.ms";

  /**
   * Severity of the discovery issue reported for a bad spec: {@code warning} (default: the other
   * specs still run, and the bad spec fails as a test of its own) or {@code error} (the JUnit
   * Platform then fails the whole engine before any spec runs).
   */
  public static final String DISCOVERY_ISSUE_SEVERITY = "dataflare.discovery.issue.severity";

  /**
   * The seed every compatibility property of the run draws from instead of its own: set it to the
   * seed a failure reported to replay that failure exactly. Default: a new seed per property, each
   * reported.
   */
  public static final String PROPERTIES_SEED = "dataflare.properties.seed";

  /** Tries of each property that does not give its own {@code tries}; default 100. */
  public static final String PROPERTIES_TRIES = "dataflare.properties.tries";

  private Constants() {}
}
