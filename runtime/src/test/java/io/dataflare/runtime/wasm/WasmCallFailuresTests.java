package io.dataflare.runtime.wasm;

import static io.dataflare.runtime.wasm.WasmFixtures.callFailure;
import static io.dataflare.runtime.wasm.WasmFixtures.meter;
import static io.dataflare.runtime.wasm.WasmFixtures.misbehaving;
import static io.dataflare.runtime.wasm.WasmFixtures.prepare;
import static io.dataflare.runtime.wasm.WasmFixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.ExecutionMode;
import io.dataflare.runtime.internal.PluginCallException;
import io.dataflare.runtime.internal.PluginInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every failure a guest can cause during a call, in both execution modes, becomes a {@link
 * PluginCallException} of the right kind with a concrete detail; the host never throws anything
 * else.
 */
class WasmCallFailuresTests {

  private static PluginCallException failureOf(String mode, ExecutionMode executionMode) {
    return failureOf(PluginType.FILTER, mode, executionMode);
  }

  private static PluginCallException failureOf(
      PluginType type, String mode, ExecutionMode executionMode) {
    PluginInstance instance = prepare(misbehaving(type, mode), executionMode).create();
    return callFailure(instance, texts("a", "b", "c"));
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void unreachableIsATrap(ExecutionMode mode) {
    PluginCallException failure = failureOf("unreachable", mode);

    assertThat(failure.kind()).isEqualTo(FailureKind.TRAP);
    assertThat(failure.getMessage()).contains("dataflare_filter trapped", "unreachable");
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void divisionByZeroIsATrap(ExecutionMode mode) {
    PluginCallException failure = failureOf("zero", mode);

    assertThat(failure.kind()).isEqualTo(FailureKind.TRAP);
    assertThat(failure.getMessage()).contains("divide by zero");
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void endlessRecursionIsATrapAndTheHostCarriesOn(ExecutionMode mode) throws Exception {
    PluginCallException failure = failureOf("recursion", mode);

    assertThat(failure.kind()).isEqualTo(FailureKind.TRAP);
    assertThat(failure.getMessage()).contains("exhausted the call stack");
    PluginInstance fresh = prepare(misbehaving(PluginType.FILTER, "keep"), mode).create();
    assertThat(fresh.call(texts("still", "fine"), meter())).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void aTrapAfterARefusedGrowIsAMemoryLimitBeforeTheMemoryIsFull(ExecutionMode mode) {
    PluginCallException failure = failureOf("huge", mode);

    assertThat(failure.kind()).isEqualTo(FailureKind.MEMORY_LIMIT);
    assertThat(failure.getMessage())
        .contains("after a memory.grow was refused: the memory holds [")
        .contains("and its limit is [1024] pages (64 MiB)");
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void growingMemoryUntilRefusedIsAMemoryLimit(ExecutionMode mode) {
    PluginCallException failure = failureOf("grow", mode);

    assertThat(failure.kind()).isEqualTo(FailureKind.MEMORY_LIMIT);
    assertThat(failure.getMessage())
        .contains("with its memory grown to the limit of [1024] pages (64 MiB)");
  }

  @Test
  void outputPointerPastMemoryIsAnAbiViolation() {
    PluginCallException failure = failureOf("pointer", ExecutionMode.COMPILED);

    assertThat(failure.kind()).isEqualTo(FailureKind.ABI_VIOLATION);
    assertThat(failure.getMessage())
        .isEqualTo(
            "output buffer [4294967280, 4294967288) lies outside the linear memory of [262144]"
                + " bytes");
  }

  @Test
  void outputLengthPastMemoryIsAnAbiViolation() {
    PluginCallException failure = failureOf("length", ExecutionMode.COMPILED);

    assertThat(failure.kind()).isEqualTo(FailureKind.ABI_VIOLATION);
    assertThat(failure.getMessage())
        .isEqualTo(
            "output buffer [131072, 331072) lies outside the linear memory of [262144] bytes");
  }

  @Test
  void tooManyOutputsForAFilterIsAnAbiViolation() {
    PluginCallException failure = failureOf("many", ExecutionMode.COMPILED);

    assertThat(failure.kind()).isEqualTo(FailureKind.ABI_VIOLATION);
    assertThat(failure.getMessage())
        .isEqualTo(
            "output has [3073] entries for [3] records but a filter emits at most one per record");
  }

  @Test
  void tooManyOutputsForAFlatMapIsAnAbiViolation() {
    PluginCallException failure = failureOf(PluginType.FLAT_MAP, "many", ExecutionMode.COMPILED);

    assertThat(failure.kind()).isEqualTo(FailureKind.ABI_VIOLATION);
    assertThat(failure.getMessage())
        .isEqualTo(
            "output has [3073] entries for [3] records but a flat_map emits at most [3072] (1024"
                + " per record)");
  }

  @Test
  void sourceIndexOutsideTheBatchIsAnAbiViolation() {
    PluginCallException failure = failureOf("index", ExecutionMode.COMPILED);

    assertThat(failure.kind()).isEqualTo(FailureKind.ABI_VIOLATION);
    assertThat(failure.getMessage())
        .isEqualTo("output entry [0] has source_index [5] but the batch has [3] records");
  }

  @Test
  void decreasingSourceIndexesAreAnAbiViolation() {
    PluginCallException failure =
        failureOf(PluginType.FLAT_MAP, "descending", ExecutionMode.COMPILED);

    assertThat(failure.kind()).isEqualTo(FailureKind.ABI_VIOLATION);
    assertThat(failure.getMessage())
        .isEqualTo(
            "output entry [1] has source_index [0] after [1]: source indexes must not decrease");
  }

  @Test
  void aMapEmittingFewerEntriesThanRecordsIsAnAbiViolation() {
    PluginCallException failure =
        failureOf(PluginType.MAP, "entry-overflow", ExecutionMode.COMPILED);

    assertThat(failure.kind()).isEqualTo(FailureKind.ABI_VIOLATION);
    assertThat(failure.getMessage())
        .isEqualTo("output has [1] entries for [3] records but a map emits exactly one per record");
  }

  @Test
  void anEntryValueRunningPastTheOutputBufferIsAnAbiViolation() {
    PluginCallException failure =
        failureOf(PluginType.FLAT_MAP, "entry-overflow", ExecutionMode.COMPILED);

    assertThat(failure.kind()).isEqualTo(FailureKind.ABI_VIOLATION);
    assertThat(failure.getMessage())
        .isEqualTo(
            "output entry [0] value of [1000] bytes ends at byte [1016], past the output buffer"
                + " end [16]");
  }

  @Test
  void anUnknownStatusIsAnAbiViolation() {
    PluginCallException failure = failureOf("bad-status", ExecutionMode.COMPILED);

    assertThat(failure.kind()).isEqualTo(FailureKind.ABI_VIOLATION);
    assertThat(failure.getMessage())
        .isEqualTo("output status [7] is neither 0 (ok) nor 1 (plugin error)");
  }

  @Test
  void statusOneIsAPluginErrorAtItsRecordWithItsMessage() {
    PluginCallException failure = failureOf("status-error", ExecutionMode.COMPILED);

    assertThat(failure.kind()).isEqualTo(FailureKind.PLUGIN_ERROR);
    assertThat(failure.recordIndex()).isEqualTo(1);
    assertThat(failure.getMessage()).isEqualTo("bad record");
  }

  @Test
  void anInstanceThatReportedAPluginErrorServesTheNextBatch() throws Exception {
    PluginInstance instance = prepare(misbehaving(PluginType.FILTER, "status-error")).create();
    callFailure(instance, texts("a", "b"));

    assertThat(callFailure(instance, texts("c", "d")).kind()).isEqualTo(FailureKind.PLUGIN_ERROR);
  }

  @Test
  void allocReturningNullIsAnAbiViolation() {
    PluginCallException failure = failureOf("alloc-null", ExecutionMode.COMPILED);

    assertThat(failure.kind()).isEqualTo(FailureKind.ABI_VIOLATION);
    assertThat(failure.getMessage())
        .startsWith("dataflare_alloc(")
        .endsWith(") returned [0]: the guest could not allocate the input buffer");
  }

  @Test
  void allocReturningNullAfterARefusedGrowIsAMemoryLimit() {
    PluginCallException failure = failureOf("x-refused", ExecutionMode.COMPILED);

    assertThat(failure.kind()).isEqualTo(FailureKind.MEMORY_LIMIT);
    assertThat(failure.getMessage())
        .startsWith("dataflare_alloc(")
        .endsWith(
            ") returned [0] after a memory.grow was refused: the memory holds [4] pages and its"
                + " limit is [1024] pages (64 MiB)");
  }

  @Test
  void allocReturningARegionPastMemoryIsAnAbiViolation() {
    PluginCallException failure = failureOf("outside", ExecutionMode.COMPILED);

    assertThat(failure.kind()).isEqualTo(FailureKind.ABI_VIOLATION);
    assertThat(failure.getMessage()).contains("returned [262000]: the region ends at [");
  }

  @Test
  void allocReturningAnUnalignedPointerIsAnAbiViolation() {
    PluginCallException failure = failureOf("not-aligned", ExecutionMode.COMPILED);

    assertThat(failure.kind()).isEqualTo(FailureKind.ABI_VIOLATION);
    assertThat(failure.getMessage())
        .endsWith("returned [65540]: ABI 1 requires an 8-byte aligned pointer");
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void aThreadInterruptStopsAnEndlessLoopWithTimeout(ExecutionMode mode) throws Exception {
    PluginInstance instance = prepare(misbehaving(PluginType.FILTER, "forever"), mode).create();
    Thread caller = Thread.currentThread();
    Thread interrupter =
        new Thread(
            () -> {
              try {
                Thread.sleep(100);
              } catch (InterruptedException e) {
                return;
              }
              caller.interrupt();
            });
    interrupter.start();
    try {
      PluginCallException failure = callFailure(instance, texts("a"));

      assertThat(failure.kind()).isEqualTo(FailureKind.TIMEOUT);
      assertThat(failure.getMessage())
          .isEqualTo("dataflare_filter was interrupted at its deadline");
    } finally {
      interrupter.join();
      Thread.interrupted();
    }
  }
}
