package io.dataflare.engine.descriptor;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * The segment types of the engine's unique ids, e.g. {@code
 * [engine:dataflare]/[spec-file:src/test/dataflare/filter.toml]/[case:keeps-errors]} or {@code
 * [engine:dataflare]/[class:com.acme.FilterSpecs]/[method:cases()]/[case:keeps-errors]}.
 */
@API(status = INTERNAL, since = "0.1")
public final class Segments {
  /** A TOML spec file; the value is its path relative to the working directory. */
  public static final String SPEC_FILE = "spec-file";

  /** A Java spec class; the value is its fully qualified name. */
  public static final String CLASS = "class";

  /** A {@code @PluginSpec} method; the value is {@code name(parameter types)}. */
  public static final String METHOD = "method";

  /** A {@code PluginTestSuite} returned by a spec method; the value is the suite's name. */
  public static final String SUITE = "suite";

  /** A case; the value is its name. */
  public static final String CASE = "case";

  /** A benchmark; the value is its name. */
  public static final String BENCHMARK = "benchmark";

  /** A built-in compatibility contract; the value is its spec name, e.g. {@code batch}. */
  public static final String CONTRACT = "contract";

  /** A custom compatibility property; the value is its name. */
  public static final String PROPERTY = "property";

  /** The failing stand-in of a spec that could not be read; the value is {@code problems}. */
  public static final String INVALID_SPEC = "invalid-spec";

  private Segments() {}
}
