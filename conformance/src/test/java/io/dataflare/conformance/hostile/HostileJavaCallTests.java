package io.dataflare.conformance.hostile;

import static io.dataflare.conformance.fixtures.Batches.good;
import static io.dataflare.conformance.fixtures.Batches.hostile;
import static io.dataflare.conformance.fixtures.Batches.values;
import static io.dataflare.conformance.hostile.HostileFailures.assertFailedAsExpected;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.conformance.fixtures.Awaits;
import io.dataflare.conformance.fixtures.Corpus;
import io.dataflare.conformance.fixtures.HostileCase;
import io.dataflare.conformance.fixtures.hostile.InterruptIgnoringFilter;
import io.dataflare.runtime.BatchResult;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginRuntime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Each hostile Java plugin that loads: its hostile record fails the batch with the expected kind
 * and a message naming the plugin and the record, and the same handle serves the next batch.
 */
class HostileJavaCallTests {
  static final List<HostileCase> CASES = Corpus.JAVA_CALL;

  private final PluginRuntime runtime = PluginRuntime.builder().withPoolSize(2).build();

  @AfterEach
  void close() {
    runtime.close();
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("CASES")
  void hostileRecordFailsItsBatchAndTheSameHandleServesTheNextBatch(HostileCase hostile) {
    PluginHandle handle = runtime.load(hostile.manifest());

    BatchResult failed = handle.processBatch(hostile());

    assertFailedAsExpected(failed, hostile);
    assertThat(values(handle.processBatch(good("next")))).containsExactly("next");
  }

  @Test
  void callIgnoringInterruptsIsAbandonedAndTheHandleServesCallsWhileItIsStuck() {
    HostileCase ignoring = Corpus.JAVA_CALL.get(1);
    PluginHandle handle = runtime.load(ignoring.manifest());
    int ignoredBefore = InterruptIgnoringFilter.interruptsIgnored();

    assertFailedAsExpected(handle.processBatch(hostile()), ignoring);
    Awaits.until(
        "the deadline interrupt to be swallowed",
        () -> InterruptIgnoringFilter.interruptsIgnored() > ignoredBefore);
    assertThat(InterruptIgnoringFilter.stuckThreads()).isPositive();
    for (int i = 0; i < 5; i++) {
      assertThat(values(handle.processBatch(good("while-stuck-" + i))))
          .containsExactly("while-stuck-" + i);
    }
    Awaits.until(
        "the abandoned call to end by itself", () -> InterruptIgnoringFilter.stuckThreads() == 0);
    assertThat(handle.poolStatistics().discards()).isEqualTo(1);
  }

  @Test
  void unboundedAllocationFailsWithMemoryLimitAndTheHeapServesAgainAfterwards() {
    HostileCase allocating = Corpus.ALLOCATES_WITHOUT_BOUND;
    PluginHandle handle = runtime.load(allocating.manifest());

    assertFailedAsExpected(handle.processBatch(hostile()), allocating);

    byte[] afterwards = new byte[64 << 20]; // the plugin's blocks were garbage once it failed
    assertThat(afterwards).hasSize(64 << 20);
    assertThat(values(handle.processBatch(good("next")))).containsExactly("next");
    assertThat(handle.poolStatistics().discards()).isEqualTo(1);
  }

  @Test
  void pluginThatIsNotThreadSafeWorksUnderFourThreadsBecauseNoInstanceIsShared() throws Exception {
    PluginHandle handle = runtime.load(Corpus.NOT_THREAD_SAFE.manifest());
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> problems = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        String prefix = "t" + t + "-";
        problems.add(threads.submit(() -> upperCaseRounds(handle, prefix, 200)));
      }
      for (Future<List<String>> thread : problems) {
        assertThat(thread.get()).isEmpty();
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(handle.metrics().failures()).isEmpty();
  }

  /** Calls the upper-case map {@code rounds} times; returns what went wrong. */
  private static List<String> upperCaseRounds(PluginHandle handle, String prefix, int rounds) {
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      String a = prefix + i + "a";
      String b = prefix + i + "b";
      BatchResult result = handle.processBatch(good(a, b));
      List<String> expected = List.of(a.toUpperCase(Locale.ROOT), b.toUpperCase(Locale.ROOT));
      if (!result.succeeded()) {
        problems.add(result.failure().orElseThrow().message());
      } else if (!values(result).equals(expected)) {
        problems.add("round " + i + ": " + values(result) + " instead of " + expected);
      }
    }
    return problems;
  }
}
