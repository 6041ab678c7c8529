package io.dataflare.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * A spec built in code is invalid: names the spec, the field, what is wrong and the fix, e.g.
 * {@code PluginTestCase [parses-json]: [timeout] must be positive but was [PT0S] (fix: ...)}.
 */
@API(status = STABLE, since = "0.1")
public final class InvalidSpecException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String spec;
  private final String field;
  private final String problem;
  private final String fix;

  /**
   * @param spec the spec, e.g. {@code PluginTestCase [parses-json]}
   * @param field the field, as named in the builder, e.g. {@code timeout}
   * @param problem what is wrong, naming the value in brackets
   * @param fix what to do about it
   */
  public InvalidSpecException(String spec, String field, String problem, String fix) {
    super(spec + ": [" + field + "] " + problem + " (fix: " + fix + ")");
    this.spec = spec;
    this.field = field;
    this.problem = problem;
    this.fix = fix;
  }

  /** The spec, e.g. {@code PluginTestCase [parses-json]}. */
  public String spec() {
    return spec;
  }

  /** The field as the builder names it, e.g. {@code timeout}. */
  public String field() {
    return field;
  }

  /** What is wrong, e.g. {@code must be positive but was [PT0S]}. */
  public String problem() {
    return problem;
  }

  /** What to do about it. */
  public String fix() {
    return fix;
  }
}
