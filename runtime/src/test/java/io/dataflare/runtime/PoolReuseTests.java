package io.dataflare.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginRecord;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.fixtures.Awaits;
import io.dataflare.runtime.fixtures.FixturePlugin;
import io.dataflare.runtime.fixtures.GateFilter;
import io.dataflare.runtime.fixtures.LoopOnDemandFilter;
import io.dataflare.runtime.fixtures.Records;
import io.dataflare.runtime.fixtures.SuffixMap;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Borrowing, reuse, discards and limits of pooled native instances. */
@Timeout(30)
class PoolReuseTests {
  private static final Duration DEADLINE = Duration.ofMillis(200);

  private final PluginRuntime runtime = PluginRuntime.builder().withPoolSize(2).build();

  @AfterEach
  void close() {
    GateFilter.open();
    runtime.close();
  }

  private PluginHandle load(Class<? extends FixturePlugin> plugin, PluginType type) {
    return runtime.load(FixturePlugin.manifestOf(plugin, type, DEADLINE));
  }

  @Test
  void reusesOneInstanceForSequentialCalls() {
    PluginHandle handle = load(LoopOnDemandFilter.class, PluginType.FILTER);

    for (int call = 0; call < 100; call++) {
      assertThat(handle.processBatch(Records.numbered(3)).succeeded()).isTrue();
    }

    assertThat(handle.poolStatistics()).isEqualTo(new PoolStatistics(100, 0, 1, 0, 1, 0, 0));
  }

  @Test
  void enforcesTheTimeLimitOnTheFirstCall() {
    PluginHandle handle = load(LoopOnDemandFilter.class, PluginType.FILTER);

    BatchResult first = handle.processBatch(Records.texts("loop"));

    assertThat(first.failure().orElseThrow().kind()).isEqualTo(FailureKind.TIMEOUT);
  }

  @Test
  void enforcesTheTimeLimitOnTheHundredthCallOfAReusedInstance() {
    PluginHandle handle = load(LoopOnDemandFilter.class, PluginType.FILTER);
    for (int call = 1; call < 100; call++) {
      handle.processBatch(Records.numbered(2));
    }
    assertThat(handle.poolStatistics().creations()).isEqualTo(1);

    BatchResult hundredth = handle.processBatch(Records.texts("ok", "loop"));

    assertThat(hundredth.failure().orElseThrow().kind()).isEqualTo(FailureKind.TIMEOUT);
    assertThat(handle.poolStatistics().discards()).isEqualTo(1);
    assertThat(handle.processBatch(Records.numbered(2)).succeeded()).isTrue();
    assertThat(handle.poolStatistics().creations()).isEqualTo(2);
  }

  @Test
  void appliesPerCallLimitsOverTheManifests() {
    PluginHandle handle =
        runtime.load(
            FixturePlugin.manifestOf(
                LoopOnDemandFilter.class, PluginType.FILTER, Duration.ofMinutes(5)));

    BatchResult result =
        handle.processBatch(Records.texts("loop"), CallLimits.timeout(Duration.ofMillis(100)));

    assertThat(result.failure().orElseThrow().detail()).contains("within [100 ms]");
  }

  @Test
  void givesEachLoadWithOtherLimitsItsOwnPool() {
    PluginManifest manifest =
        FixturePlugin.manifestOf(LoopOnDemandFilter.class, PluginType.FILTER, DEADLINE);
    PluginHandle strict = runtime.load(manifest);
    PluginHandle lenient =
        runtime.load(manifest.withRuntime(manifest.runtime().withMaxExecutionTimeMs(60_000)));

    strict.processBatch(Records.numbered(1));
    lenient.processBatch(Records.numbered(1));

    assertThat(strict.defaultLimits().timeout()).isEqualTo(DEADLINE);
    assertThat(lenient.defaultLimits().timeout()).isEqualTo(Duration.ofMinutes(1));
    assertThat(strict.poolStatistics().creations()).isEqualTo(1);
    assertThat(lenient.poolStatistics().creations()).isEqualTo(1);
  }

  @Test
  void warmsUpInstancesSoTheFirstCallsCreateNone() {
    SuffixMap.INITS.set(0);
    PluginHandle handle = load(SuffixMap.class, PluginType.MAP);

    handle.warmUp(2);
    handle.processBatch(Records.numbered(1));

    assertThat(handle.poolStatistics().creations()).isEqualTo(2);
    assertThat(handle.poolStatistics().idle()).isEqualTo(2);
    assertThat(SuffixMap.INITS).hasValue(2);
  }

  @Test
  void closesDiscardedAndPooledInstances() {
    SuffixMap.CLOSES.set(0);
    PluginHandle handle = load(SuffixMap.class, PluginType.MAP);
    handle.processBatch(Records.texts("boom")); // a plugin error keeps the instance

    runtime.close();

    assertThat(handle.poolStatistics().discards()).isZero();
    assertThat(SuffixMap.CLOSES).hasValue(1);
  }

  @Test
  void makesCallersBeyondThePoolSizeWaitAndUsesEachInstanceFromOneThreadAtATime() throws Exception {
    PluginHandle handle =
        runtime.load(
            FixturePlugin.manifestOf(GateFilter.class, PluginType.FILTER, Duration.ofMinutes(1)));
    List<PluginRecord> gated = Records.texts("gate");
    ExecutorService callers = Executors.newFixedThreadPool(3);
    try {
      Future<BatchResult> first = callers.submit(() -> handle.processBatch(gated));
      Future<BatchResult> second = callers.submit(() -> handle.processBatch(gated));
      Awaits.until(() -> GateFilter.waiting() == 2);

      Future<BatchResult> third = callers.submit(() -> handle.processBatch(Records.texts("x")));
      Awaits.until(() -> handle.poolStatistics().waits() == 1);
      GateFilter.open();

      assertThat(List.of(first.get(), second.get(), third.get()))
          .allSatisfy(result -> assertThat(result.succeeded()).isTrue());
    } finally {
      callers.shutdownNow();
    }
    assertThat(handle.poolStatistics().creations()).isEqualTo(2);
    assertThat(handle.poolStatistics().borrows()).isEqualTo(3);
  }
}
