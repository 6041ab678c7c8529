package io.dataflare.testkit.assertions;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.runtime.BatchResult;
import io.dataflare.testkit.CaseOutcome;
import org.apiguardian.api.API;
import org.assertj.core.annotation.CheckReturnValue;

/**
 * Entry points of the plugin assertions, AssertJ style.
 *
 * <pre>{@code
 * import static io.dataflare.testkit.assertions.DataFlareAssertions.assertThat;
 *
 * assertThat(handle.processBatch(records)).containsExactlyValues("info: ok");
 * assertThat(result).outputAt(0).hasJsonEqualTo("{\"level\": \"info\"}").hasMetadata("source", "web");
 * assertThat(result).failedWith(FailureKind.TIMEOUT).hasMessageContaining("record [3]");
 * }</pre>
 *
 * <p>A failure's first line says which record and which field differ (e.g. {@code output record [2]
 * value differs}); expected and actual follow, and the error is an opentest4j {@code
 * AssertionFailedError} carrying both, so an IDE shows a diff.
 */
@API(status = STABLE, since = "0.1")
public final class DataFlareAssertions {
  private DataFlareAssertions() {}

  /** Assertions on the result of one batch call. */
  @CheckReturnValue
  public static BatchResultAssert assertThat(BatchResult actual) {
    return new BatchResultAssert(actual);
  }

  /** Assertions on the outputs of a case's batches, taken together. */
  @CheckReturnValue
  public static CaseOutcomeAssert assertThat(CaseOutcome actual) {
    return new CaseOutcomeAssert(actual);
  }
}
