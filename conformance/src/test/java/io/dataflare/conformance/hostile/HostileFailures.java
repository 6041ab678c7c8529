package io.dataflare.conformance.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.conformance.fixtures.HostileCase;
import io.dataflare.runtime.BatchResult;
import io.dataflare.runtime.PluginFailure;

/** The checks every hostile failure must pass: its kind, and a message naming plugin and place. */
final class HostileFailures {
  private HostileFailures() {}

  /** The result failed as the case says: kind, plugin, record (or batch) and detail. */
  static void assertFailedAsExpected(BatchResult result, HostileCase hostile) {
    assertThat(result.succeeded()).as("%s: the hostile batch must fail", hostile).isFalse();
    assertFailureAsExpected(result.failure().orElseThrow(), hostile);
  }

  static void assertFailureAsExpected(PluginFailure failure, HostileCase hostile) {
    assertThat(failure.kind()).as("%s: failure kind", hostile).isEqualTo(hostile.kind());
    assertThat(failure.message())
        .as("%s: message", hostile)
        .startsWith(hostile.messagePrefix())
        .contains(hostile.detail())
        .contains("(to fix: ");
  }
}
