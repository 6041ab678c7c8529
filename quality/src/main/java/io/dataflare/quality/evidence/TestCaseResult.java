package io.dataflare.quality.evidence;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One test as Surefire reported it.
 *
 * @param suite the test's class name (for spec files: the suite, i.e. the file name)
 * @param name the test's name (for specs: the case or benchmark name)
 * @param status how it ended
 * @param seconds how long it took
 * @param message the failure's message, or null when it passed
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record TestCaseResult(
    String suite, String name, Status status, double seconds, @Nullable String message) {

  public TestCaseResult {
    Objects.requireNonNull(suite, "suite");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
  }

  /** How a test ended. */
  public enum Status {
    PASSED,
    FAILED,
    ERROR,
    SKIPPED
  }

  /** Whether it failed or ended in an error. */
  public boolean broken() {
    return status == Status.FAILED || status == Status.ERROR;
  }
}
