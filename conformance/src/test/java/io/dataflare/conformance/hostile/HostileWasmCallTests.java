package io.dataflare.conformance.hostile;

import static io.dataflare.conformance.fixtures.Batches.good;
import static io.dataflare.conformance.fixtures.Batches.hostile;
import static io.dataflare.conformance.fixtures.Batches.values;
import static io.dataflare.conformance.hostile.HostileFailures.assertFailedAsExpected;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.conformance.fixtures.Corpus;
import io.dataflare.conformance.fixtures.HostileCase;
import io.dataflare.plugin.FailureKind;
import io.dataflare.runtime.BatchResult;
import io.dataflare.runtime.ExecutionMode;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginRuntime;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each hostile WASM plugin that loads, in both execution modes: its hostile batch fails with the
 * expected kind and a message naming the plugin and where, and the same handle serves the next
 * batch.
 */
class HostileWasmCallTests {
  private static final Map<ExecutionMode, PluginRuntime> RUNTIMES =
      new EnumMap<>(ExecutionMode.class);

  @BeforeAll
  static void startRuntimes() {
    for (ExecutionMode mode : ExecutionMode.values()) {
      RUNTIMES.put(mode, PluginRuntime.builder().withExecutionMode(mode).build());
    }
  }

  @AfterAll
  static void closeRuntimes() {
    RUNTIMES.values().forEach(PluginRuntime::close);
  }

  static Stream<Arguments> casesInBothModes() {
    return Corpus.WASM_CALL.stream()
        .flatMap(c -> Stream.of(ExecutionMode.values()).map(mode -> Arguments.of(c, mode)));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("casesInBothModes")
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // against a hang only
  void hostileBatchFailsWithItsKindAndTheSameHandleServesTheNextBatch(
      HostileCase hostile, ExecutionMode mode) {
    PluginHandle handle = RUNTIMES.get(mode).load(hostile.manifest());
    assertThat(values(handle.processBatch(good("a", "b")))).containsExactly("a", "b");

    BatchResult failed = handle.processBatch(hostile());

    assertFailedAsExpected(failed, hostile);
    assertThat(values(handle.processBatch(good("c")))).containsExactly("c");
    // only a plugin's own error keeps its instance; any other failure discards it
    long discards = hostile.kind() == FailureKind.PLUGIN_ERROR ? 0 : 1;
    assertThat(handle.poolStatistics().discards()).isEqualTo(discards);
  }

  @Test
  void deadlineStopsEverySlowBatchNotOnlyTheFirst() {
    HostileCase slow = find("wasm/slow-for-some-records");
    PluginHandle handle = RUNTIMES.get(ExecutionMode.COMPILED).load(slow.manifest());

    for (int round = 0; round < 3; round++) {
      assertFailedAsExpected(handle.processBatch(hostile()), slow);
      assertThat(values(handle.processBatch(good("fast-" + round))))
          .containsExactly("fast-" + round);
    }
    assertThat(handle.poolStatistics().discards()).isEqualTo(3);
  }

  @ParameterizedTest
  @MethodSource("modes")
  void failsOnTheHundredthCallOnlyAndCallsGoOnOnAFreshInstance(ExecutionMode mode) {
    HostileCase hundredth = Corpus.FAILS_ON_100TH_CALL;
    PluginHandle handle = RUNTIMES.get(mode).load(hundredth.manifest());

    for (int call = 1; call < 100; call++) {
      assertThat(values(handle.processBatch(good("call-" + call))))
          .as("call %d", call)
          .containsExactly("call-" + call);
    }
    assertFailedAsExpected(handle.processBatch(good("call-100")), hundredth);
    assertThat(values(handle.processBatch(good("call-101")))).containsExactly("call-101");
    assertThat(handle.poolStatistics().discards()).isEqualTo(1);
    assertThat(handle.poolStatistics().creations()).isEqualTo(2);
  }

  static Stream<ExecutionMode> modes() {
    return Stream.of(ExecutionMode.values());
  }

  private static HostileCase find(String directory) {
    return Corpus.WASM_CALL.stream()
        .filter(c -> c.directory().equals(directory))
        .findFirst()
        .orElseThrow();
  }
}
