package io.dataflare.testkit.properties;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.dataflare.runtime.ExecutionMode;
import io.dataflare.testkit.properties.internal.Seeds;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How to run a property this time: the seed to draw from, the number of tries, and how WASM plugins
 * execute.
 *
 * @param seed the seed; the same seed replays the same tries
 * @param tries how many values to try, at least 1
 * @param executionMode how WASM plugins run (the {@code modes} contract runs both)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PropertyRun(long seed, int tries, ExecutionMode executionMode) {
  public PropertyRun {
    if (tries < 1) {
      throw new IllegalArgumentException("tries must be at least 1 but was [" + tries + "]");
    }
    Objects.requireNonNull(executionMode, "executionMode");
  }

  /** A new random seed, positive so it reads well in reports, for a run that was given none. */
  public static long newSeed() {
    return Seeds.fresh();
  }
}
