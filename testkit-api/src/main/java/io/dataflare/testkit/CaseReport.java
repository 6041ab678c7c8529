package io.dataflare.testkit;

import static org.apiguardian.api.API.Status.STABLE;

import io.dataflare.runtime.BatchResult;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The result of running one case: whether it passed, what differed, what happened, and what it
 * cost.
 */
@API(status = STABLE, since = "0.1")
public final class CaseReport {
  private final PluginTestCase testCase;
  private final CaseOutcome outcome;
  private final List<Mismatch> mismatches;

  CaseReport(PluginTestCase testCase, CaseOutcome outcome, List<Mismatch> mismatches) {
    this.testCase = Objects.requireNonNull(testCase, "testCase");
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.mismatches = List.copyOf(mismatches);
  }

  /** The case that ran. */
  public PluginTestCase testCase() {
    return testCase;
  }

  /** Whether every expectation was met. */
  public boolean passed() {
    return mismatches.isEmpty();
  }

  /** One per expectation not met, in the case's order; each first line names the case. */
  public List<Mismatch> mismatches() {
    return mismatches;
  }

  /** What the plugin did. */
  public CaseOutcome outcome() {
    return outcome;
  }

  /** Wall-clock time of all batch calls, in nanoseconds. */
  public long nanos() {
    return outcome.batchResults().stream().mapToLong(BatchResult::nanos).sum();
  }

  /** Records sent in, over the batches that ran. */
  public int recordsIn() {
    return outcome.recordsIn();
  }

  /** Records that came out, over all batches. */
  public int recordsOut() {
    return outcome.batchResults().stream().mapToInt(r -> r.outputs().size()).sum();
  }

  /** Executed WASM instructions over all batches, or -1 when any batch was not measured. */
  public long instructions() {
    return sum(outcome.batchResults().stream().mapToLong(BatchResult::instructions).toArray());
  }

  /** Bytes allocated during the calls, or -1 when any batch was not measured. */
  public long allocatedBytes() {
    return sum(outcome.batchResults().stream().mapToLong(BatchResult::allocatedBytes).toArray());
  }

  private static long sum(long[] figures) {
    if (figures.length == 0) {
      return BatchResult.NOT_MEASURED;
    }
    long total = 0;
    for (long figure : figures) {
      if (figure == BatchResult.NOT_MEASURED) {
        return BatchResult.NOT_MEASURED;
      }
      total += figure;
    }
    return total;
  }

  @Override
  public String toString() {
    return "CaseReport["
        + testCase.name()
        + (passed() ? ": passed" : ": " + mismatches.size() + " mismatches")
        + "]";
  }
}
