package io.dataflare.engine.execution;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A spec could not be read, so it could not run. The message lists every problem with its file and
 * line (or spec method) and the fix.
 */
@API(status = STABLE, since = "0.1")
public final class InvalidSpecException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidSpecException(List<String> problems) {
    super(
        problems.size() == 1
            ? problems.get(0)
            : problems.size() + " problems in this spec:\n  " + String.join("\n  ", problems));
  }
}
