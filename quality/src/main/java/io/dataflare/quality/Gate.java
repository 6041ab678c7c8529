package io.dataflare.quality;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A condition for being scored at all, not a source of points: the plugin builds, its tests pass,
 * its manifest is valid. A plugin failing one gets no score.
 *
 * @param id {@code manifest}, {@code build} or {@code tests}
 * @param passed whether the plugin passed it
 * @param reason what was found, e.g. {@code 12 tests, none failed}, or why it failed and the fix
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Gate(String id, boolean passed, String reason) {
  public static final String MANIFEST = "manifest";
  public static final String BUILD = "build";
  public static final String TESTS = "tests";

  public Gate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(reason, "reason");
  }

  public static Gate passed(String id, String reason) {
    return new Gate(id, true, reason);
  }

  public static Gate failed(String id, String reason) {
    return new Gate(id, false, reason);
  }
}
