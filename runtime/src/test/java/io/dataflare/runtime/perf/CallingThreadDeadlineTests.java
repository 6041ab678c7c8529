package io.dataflare.runtime.perf;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.FailureKind;
import io.dataflare.runtime.BatchResult;
import io.dataflare.runtime.ExecutionMode;
import io.dataflare.runtime.ManifestParser;
import io.dataflare.runtime.PluginHandle;
import io.dataflare.runtime.PluginRuntime;
import io.dataflare.runtime.PluginSession;
import io.dataflare.runtime.SecurityPolicy;
import io.dataflare.runtime.fixtures.Manifests;
import io.dataflare.runtime.fixtures.Records;
import io.dataflare.runtime.fixtures.WasmModules;
import io.dataflare.runtime.internal.RuntimeCore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * WASM calls run on the calling thread and a watchdog interrupts them at their deadline. The class
 * timeout only guards against a hang; no test asserts how long anything took.
 */
@Timeout(60)
class CallingThreadDeadlineTests {
  private static final Duration DEADLINE = Duration.ofMillis(200);

  private final List<PluginRuntime> runtimes = new ArrayList<>();

  private PluginRuntime runtime(ExecutionMode mode) {
    PluginRuntime runtime = PluginRuntime.builder().withExecutionMode(mode).withPoolSize(2).build();
    runtimes.add(runtime);
    return runtime;
  }

  @AfterEach
  void close() {
    runtimes.forEach(PluginRuntime::close);
    Thread.interrupted();
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void timesOutALoopingModuleWithoutLeavingTheInterruptSet(ExecutionMode mode) {
    PluginHandle looping = runtime(mode).load(WasmModules.misbehaving("forever", DEADLINE));

    BatchResult result = looping.processBatch(Records.numbered(3));

    assertThat(result.failure().orElseThrow().kind()).isEqualTo(FailureKind.TIMEOUT);
    assertThat(result.failure().orElseThrow().detail()).contains("[200 ms]");
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(ExecutionMode.class)
  void timesOutTheFirstAndTheHundredthCallOfAReusedInstance(ExecutionMode mode) {
    PluginHandle handle = runtime(mode).load(Manifests.path("loop-on-demand/plugin.toml"));

    assertThat(handle.processBatch(Records.texts("Loop")).failure().orElseThrow().kind())
        .isEqualTo(FailureKind.TIMEOUT);
    for (int call = 2; call < 100; call++) {
      assertThat(handle.processBatch(Records.numbered(4)).succeeded()).isTrue();
    }
    BatchResult hundredth = handle.processBatch(Records.texts("fine", "Loop"));

    assertThat(hundredth.failure().orElseThrow().kind()).isEqualTo(FailureKind.TIMEOUT);
    assertThat(handle.poolStatistics().discards()).isEqualTo(2);
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  @Test
  void runsWasmCallsWithoutHandingThemToAWorkerThread() {
    try (RuntimeCore core = new RuntimeCore(ExecutionMode.COMPILED, SecurityPolicy.defaults(), 2)) {
      PluginHandle handle = core.load(ManifestParser.parse(WasmModules.sample("01-wasm-filter")));

      BatchResult plain = handle.processBatch(Records.texts("an error", "fine"));
      BatchResult inSession;
      try (PluginSession session = handle.openSession()) {
        inSession = session.processBatch(Records.texts("an error"));
      }

      assertThat(Records.values(plain)).containsExactly("an error");
      assertThat(Records.values(inSession)).containsExactly("an error");
      assertThat(core.workerThreadsStarted()).isZero();
    }
  }

  @Test
  void neverInterruptsTheCallerAfterItsCallsEnded() throws InterruptedException {
    PluginHandle handle =
        runtime(ExecutionMode.COMPILED).load(WasmModules.misbehaving("keep", DEADLINE));
    for (int call = 0; call < 1_000; call++) {
      handle.processBatch(Records.numbered(2));
    }

    // every deadline above has passed by the end of this sleep, which an interrupt would end early
    Thread.sleep(DEADLINE.multipliedBy(3).toMillis());

    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  @Test
  void stopsACallWhenTheCallerIsInterruptedAndLeavesTheInterruptSet() {
    PluginHandle looping =
        runtime(ExecutionMode.COMPILED)
            .load(WasmModules.misbehaving("forever", Duration.ofMinutes(1)));
    Thread.currentThread().interrupt();

    BatchResult result = looping.processBatch(Records.numbered(1));

    assertThat(result.failure().orElseThrow().kind()).isEqualTo(FailureKind.TIMEOUT);
    assertThat(result.failure().orElseThrow().detail()).contains("calling thread was interrupted");
    assertThat(Thread.interrupted()).isTrue();
  }
}
