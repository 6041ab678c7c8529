package io.dataflare.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dataflare.plugin.FailureKind;
import io.dataflare.plugin.PluginType;
import io.dataflare.runtime.fixtures.CountingAggregate;
import io.dataflare.runtime.fixtures.FixturePlugin;
import io.dataflare.runtime.fixtures.Records;
import io.dataflare.runtime.fixtures.StallingCounter;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class PluginSessionTests {
  private final PluginRuntime runtime = PluginRuntime.builder().withPoolSize(1).build();

  @AfterEach
  void close() {
    runtime.close();
  }

  private PluginHandle aggregate() {
    return runtime.load(FixturePlugin.manifestOf(CountingAggregate.class, PluginType.AGGREGATE));
  }

  @Test
  void carriesStateAcrossTheBatchesOfASession() {
    PluginHandle handle = aggregate();

    try (PluginSession session = handle.openSession()) {
      assertThat(Records.values(session.processBatch(Records.numbered(3))))
          .containsExactly("count=3");
      assertThat(Records.values(session.processBatch(Records.numbered(2))))
          .containsExactly("count=5");
    }
  }

  @Test
  void holdsItsInstanceUntilClosedThenResetsAndReturnsIt() {
    PluginHandle handle = aggregate();
    PluginSession session = handle.openSession();
    session.processBatch(Records.numbered(4));
    assertThat(handle.poolStatistics().idle()).isZero();

    session.close();

    assertThat(handle.poolStatistics().idle()).isEqualTo(1);
    assertThat(Records.values(handle.processBatch(Records.numbered(1)))).containsExactly("count=1");
    assertThat(handle.poolStatistics().creations()).isEqualTo(1);
  }

  @Test
  void goesOnWithAFreshInstanceAfterATimeoutAndSaysStateRestarts() {
    PluginHandle handle =
        runtime.load(
            FixturePlugin.manifestOf(
                StallingCounter.class, PluginType.AGGREGATE, Duration.ofMillis(200)));

    try (PluginSession session = handle.openSession()) {
      assertThat(Records.values(session.processBatch(Records.texts("a", "b"))))
          .containsExactly("1", "2");
      BatchResult stalled = session.processBatch(Records.texts("loop"));
      BatchResult after = session.processBatch(Records.texts("c"));

      assertThat(stalled.failure().orElseThrow().kind()).isEqualTo(FailureKind.TIMEOUT);
      assertThat(stalled.failure().orElseThrow().detail())
          .endsWith(
              "the session goes on with a fresh instance, so state carried across batches"
                  + " restarts");
      assertThat(Records.values(after)).containsExactly("1");
    }
    assertThat(handle.poolStatistics().discards()).isEqualTo(1);
  }

  @Test
  void rejectsBatchesAfterItIsClosed() {
    PluginSession session = aggregate().openSession();
    session.close();

    assertThatThrownBy(() -> session.processBatch(Records.numbered(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("session of plugin [CountingAggregate] is closed");
  }

  @Test
  void resetsAnAggregateAfterEveryPlainCallSoPooledStateNeverLeaks() {
    PluginHandle handle = aggregate();

    handle.processBatch(Records.numbered(5));
    BatchResult next = handle.processBatch(Records.numbered(1));

    assertThat(Records.values(next)).containsExactly("count=1");
    assertThat(handle.poolStatistics().creations()).isEqualTo(1);
  }
}
