package io.dataflare.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.fixtures.AllocatingFilter;
import io.dataflare.runtime.fixtures.Awaits;
import io.dataflare.runtime.fixtures.FixturePlugin;
import io.dataflare.runtime.fixtures.InterruptIgnoringFilter;
import io.dataflare.runtime.fixtures.LoopOnDemandFilter;
import io.dataflare.runtime.fixtures.Records;
import io.dataflare.runtime.fixtures.RecursingFilter;
import io.dataflare.runtime.fixtures.ThrowingFilter;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every failure kind the core produces for native plugins. The class timeout only guards against a
 * hang; no test measures time.
 */
@Timeout(30)
class NativeFailureTests {
  private static final Duration DEADLINE = Duration.ofMillis(200);

  private final PluginRuntime runtime = PluginRuntime.builder().withPoolSize(2).build();

  @AfterEach
  void close() {
    InterruptIgnoringFilter.releaseAll();
    Awaits.until(() -> InterruptIgnoringFilter.stuckThreads() == 0);
    runtime.close();
  }

  private PluginHandle load(Class<? extends FixturePlugin> plugin) {
    return runtime.load(FixturePlugin.manifestOf(plugin, PluginType.FILTER, DEADLINE));
  }

  @Test
  void timesOutAPluginThatNeverReturns() {
    PluginHandle handle = load(LoopOnDemandFilter.class);

    BatchResult result = handle.processBatch(Records.texts("fine", "loop"));

    PluginFailure failure = result.failure().orElseThrow();
    assertThat(failure.kind()).isEqualTo(FailureKind.TIMEOUT);
    assertThat(failure.detail())
        .isEqualTo(
            "the call did not finish within [200 ms]; it was interrupted and its instance"
                + " discarded");
    assertThat(handle.poolStatistics().discards()).isEqualTo(1);
  }

  @Test
  void timesOutAPluginThatIgnoresInterruptsAndKeepsServingCalls() {
    PluginHandle handle = load(InterruptIgnoringFilter.class);
    int ignoredBefore = InterruptIgnoringFilter.interruptsIgnored();

    BatchResult stuck = handle.processBatch(Records.texts("hang"));
    BatchResult next = handle.processBatch(Records.texts("a", "b"));

    assertThat(stuck.failure().orElseThrow().kind()).isEqualTo(FailureKind.TIMEOUT);
    assertThat(InterruptIgnoringFilter.stuckThreads()).isEqualTo(1);
    Awaits.until(() -> InterruptIgnoringFilter.interruptsIgnored() > ignoredBefore);
    assertThat(next.succeeded()).isTrue();
    assertThat(Records.values(next)).containsExactly("a", "b");
    assertThat(handle.poolStatistics().discards()).isEqualTo(1);
    assertThat(handle.poolStatistics().creations()).isEqualTo(2);
  }

  @Test
  void freesThePoolSlotOfEachAbandonedInstance() {
    PluginHandle handle = load(InterruptIgnoringFilter.class);

    for (int i = 0; i < 3; i++) { // more stuck calls than the pool has slots
      assertThat(handle.processBatch(Records.texts("hang")).failure().orElseThrow().kind())
          .isEqualTo(FailureKind.TIMEOUT);
    }

    assertThat(handle.processBatch(Records.texts("ok")).succeeded()).isTrue();
    assertThat(InterruptIgnoringFilter.stuckThreads()).isEqualTo(3);
  }

  @Test
  void reportsAnExceptionAsAPluginErrorNamingItAndTheRecord() {
    PluginHandle handle = load(ThrowingFilter.class);

    BatchResult result = handle.processBatch(Records.texts("a", "b", "boom"));

    PluginFailure failure = result.failure().orElseThrow();
    assertThat(failure.kind()).isEqualTo(FailureKind.PLUGIN_ERROR);
    assertThat(failure.recordIndex()).isEqualTo(2);
    assertThat(failure.detail())
        .isEqualTo("the plugin threw java.lang.IllegalStateException: cannot handle [boom]");
  }

  @Test
  void keepsTheInstanceAfterAPluginError() {
    PluginHandle handle = load(ThrowingFilter.class);

    handle.processBatch(Records.texts("boom"));
    handle.processBatch(Records.texts("fine"));

    assertThat(handle.poolStatistics().discards()).isZero();
    assertThat(handle.poolStatistics().creations()).isEqualTo(1);
  }

  @Test
  void reportsAnAllocationBeyondTheHeapAsAMemoryLimit() {
    PluginHandle handle = load(AllocatingFilter.class);
    CallLimits roomForAFullGc = CallLimits.timeout(Duration.ofSeconds(30));

    BatchResult result = handle.processBatch(Records.texts("small", "unbounded"), roomForAFullGc);

    PluginFailure failure = result.failure().orElseThrow();
    assertThat(failure.kind()).isEqualTo(FailureKind.MEMORY_LIMIT);
    assertThat(failure.recordIndex()).isEqualTo(1);
    assertThat(failure.detail())
        .startsWith("the plugin ran out of memory (java.lang.OutOfMemoryError");
    assertThat(handle.poolStatistics().discards()).isEqualTo(1);
    assertThat(handle.processBatch(Records.texts("small")).succeeded()).isTrue();
  }

  @Test
  void measuresTheBytesACallAllocates() {
    PluginHandle handle = load(AllocatingFilter.class);

    // The handle's 200 ms deadline is for the hostile fixtures; 8 MiB of allocation can take longer
    // on a loaded machine, and a timed-out call has no allocation figure.
    BatchResult result =
        handle.processBatch(Records.numbered(8), CallLimits.timeout(Duration.ofSeconds(30)));

    assertThat(result.succeeded()).as("call succeeded: %s", result).isTrue();
    assertThat(result.allocatedBytes())
        .isGreaterThanOrEqualTo(8L * AllocatingFilter.BYTES_PER_RECORD);
  }

  @Test
  void reportsAStackOverflowAsAPluginErrorForNativeCode() {
    PluginHandle handle = load(RecursingFilter.class);

    BatchResult result = handle.processBatch(Records.texts("fine", "recurse"));

    PluginFailure failure = result.failure().orElseThrow();
    assertThat(failure.kind()).isEqualTo(FailureKind.PLUGIN_ERROR);
    assertThat(failure.recordIndex()).isEqualTo(1);
    assertThat(failure.detail()).contains("StackOverflowError");
  }
}
