package io.dataflare.engine.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.dataflare.engine.Constants;
import io.dataflare.runtime.ExecutionMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.apiguardian.api.API;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.DiscoveryIssue.Severity;

/**
 * The engine's settings, read once per discovery from the {@code dataflare.*} configuration
 * parameters (see {@link Constants}). A malformed value fails fast with a message naming the
 * parameter, the value and the accepted values.
 *
 * @param specsDirectory the directory of spec files, absolute
 * @param executionMode how WASM plugins run
 * @param poolSize most pooled instances per plugin
 * @param parallel whether suites and cases run in parallel
 * @param benchmarkSmoke whether benchmarks run as smoke checks
 * @param smokeMargin the factor by which a smoke check may miss a benchmark's targets
 * @param smokeDuration how long one smoke check measures
 * @param issueSeverity the severity of the discovery issue reported for a bad spec
 * @param workingDirectory the directory relative paths in specs and parameters resolve against
 * @param propertiesSeed the seed every property of the run uses, if one is set
 * @param propertiesTries the tries of properties that give none
 */
@API(status = INTERNAL, since = "0.1")
public record EngineConfiguration(
    Path specsDirectory,
    ExecutionMode executionMode,
    int poolSize,
    boolean parallel,
    boolean benchmarkSmoke,
    double smokeMargin,
    Duration smokeDuration,
    Severity issueSeverity,
    Path workingDirectory,
    OptionalLong propertiesSeed,
    int propertiesTries) {

  /** Tries of a property when nothing says otherwise. */
  static final int DEFAULT_PROPERTIES_TRIES = 100;

  static final Path DEFAULT_SPECS_DIRECTORY = Path.of("src", "test", "dataflare");

  /** Reads the settings, resolving relative paths against the JVM's working directory. */
  public static EngineConfiguration from(ConfigurationParameters parameters) {
    return from(parameters, Path.of("").toAbsolutePath());
  }

  /** Reads the settings, resolving relative paths against {@code workingDirectory}. */
  public static EngineConfiguration from(
      ConfigurationParameters parameters, Path workingDirectory) {
    ParameterReader reader = new ParameterReader(parameters);
    Path specs =
        reader
            .text(Constants.SPECS_DIRECTORY)
            .map(value -> workingDirectory.resolve(value).normalize())
            .orElseGet(() -> SpecsDirectoryDefault.find(workingDirectory));
    return new EngineConfiguration(
        specs,
        reader.oneOf(
            Constants.EXECUTION_MODE,
            ExecutionMode.COMPILED,
            ExecutionMode.class,
            "compiled, interpreter"),
        reader.wholeNumber(
            Constants.POOL_SIZE, Math.max(2, Runtime.getRuntime().availableProcessors()), 1),
        reader.flag(Constants.PARALLEL_ENABLED, false),
        reader.flag(Constants.BENCHMARK_SMOKE, true),
        reader.factor(Constants.BENCHMARK_SMOKE_MARGIN, 10.0),
        Duration.ofMillis(reader.wholeNumber(Constants.BENCHMARK_SMOKE_DURATION_MS, 300, 1)),
        reader.oneOf(
            Constants.DISCOVERY_ISSUE_SEVERITY, Severity.WARNING, Severity.class, "warning, error"),
        workingDirectory,
        reader.wholeLong(Constants.PROPERTIES_SEED),
        reader.wholeNumber(Constants.PROPERTIES_TRIES, DEFAULT_PROPERTIES_TRIES, 1));
  }

  /** A path as written in a spec or parameter, resolved against the working directory. */
  public Path resolve(String path) {
    return workingDirectory.resolve(path).normalize();
  }

  /**
   * A path for ids and messages: relative to the working directory, with forward slashes, when the
   * file is inside it; absolute otherwise.
   */
  public String display(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path shown =
        absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute;
    return shown.toString().replace('\\', '/');
  }

  /** The parameter's accepted spelling of an enum constant, for messages. */
  static String spelling(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /** The explicit value of a parameter, if set; for settings read outside this record. */
  static Optional<String> explicit(ConfigurationParameters parameters, String key) {
    return parameters.get(key).map(String::strip).filter(value -> !value.isEmpty());
  }
}
