package io.dataflare.testkit.properties;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;

/**
 * A property failed: the message names the property, the seed, the shrunk counterexample, what was
 * wrong with it, and how to replay it. The original failure is the cause.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PropertyFailedError extends AssertionFailedError {
  private static final long serialVersionUID = 1L;

  private final transient PropertyResult result;

  public PropertyFailedError(PropertyResult result, String replay) {
    super(
        result.failureMessage(replay),
        result.counterexample().map(Counterexample::failure).orElse(null));
    this.result = result;
  }

  /** The run, with its seed and counterexample. */
  public PropertyResult result() {
    return result;
  }
}
