package io.dataflare.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The watchdog that enforces deadlines on the calling thread. Tasks stand in for a WASM call: they
 * run until interrupted and then fail, as Chicory does. The class timeout only guards against a
 * hang; no test asserts how long anything took.
 */
@Timeout(30)
class WatchdogTests {
  private static final long LONG = Duration.ofSeconds(30).toNanos();
  private static final long SHORT = Duration.ofMillis(50).toNanos();

  private final Watchdog watchdog = new Watchdog("test-watchdog");

  @AfterEach
  void close() {
    watchdog.close();
    Thread.interrupted(); // never leak a test's interrupt into the next test
  }

  /** Spins until its thread is interrupted, then fails without clearing the flag (as Chicory). */
  private static CallExecutor.Task<Object> loopUntilInterrupted() {
    return () -> {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.onSpinWait();
      }
      throw new IllegalStateException("interrupted");
    };
  }

  @Test
  void runsTheTaskOnTheCallingThread() {
    CallExecutor.Outcome<Thread> outcome = watchdog.run(Thread::currentThread, LONG, true);

    assertThat(outcome).isNotNull();
    assertThat(outcome.succeeded()).isTrue();
    assertThat(outcome.value()).isSameAs(Thread.currentThread());
  }

  @Test
  void interruptsACallStillRunningAtItsDeadline() {
    CallExecutor.Outcome<Object> outcome = watchdog.run(loopUntilInterrupted(), SHORT, true);

    assertThat(outcome).isNotNull();
    assertThat(outcome.timedOut()).isTrue();
    assertThat(outcome.callerInterrupted()).isFalse();
  }

  @Test
  void clearsItsInterruptBeforeTheCallerLeavesTheCall() {
    watchdog.run(loopUntilInterrupted(), SHORT, true);

    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  @Test
  void timesOutTheFirstAndTheHundredthCallOfOneThread() {
    assertThat(watchdog.run(loopUntilInterrupted(), SHORT, true).timedOut()).isTrue();
    for (int call = 2; call < 100; call++) {
      assertThat(watchdog.run(() -> "quick", LONG, true).succeeded()).isTrue();
    }

    assertThat(watchdog.run(loopUntilInterrupted(), SHORT, true).timedOut()).isTrue();
  }

  @Test
  void neverInterruptsAThreadAfterItsCallEnded() throws InterruptedException {
    for (int call = 0; call < 10_000; call++) {
      CallExecutor.Outcome<String> outcome = watchdog.run(() -> "quick", SHORT, true);
      // a call may rarely miss so short a deadline on a busy machine; it must then be reported
      assertThat(outcome.succeeded() || outcome.timedOut()).isTrue();
      assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    // every deadline above has passed by the end of this sleep, which an interrupt would end early
    Thread.sleep(Duration.ofNanos(3 * SHORT).toMillis());
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  @Test
  void reportsTheCallersOwnInterruptAndLeavesItSet() {
    Thread.currentThread().interrupt();

    CallExecutor.Outcome<Object> outcome = watchdog.run(loopUntilInterrupted(), LONG, true);

    assertThat(outcome.timedOut()).isTrue();
    assertThat(outcome.callerInterrupted()).isTrue();
    assertThat(Thread.interrupted()).isTrue();
  }

  @Test
  void returnsTheValueOfACallThatSucceededDespiteTheCallersInterrupt() {
    Thread.currentThread().interrupt();

    CallExecutor.Outcome<String> outcome = watchdog.run(() -> "done", LONG, true);

    assertThat(outcome.succeeded()).isTrue();
    assertThat(outcome.value()).isEqualTo("done");
    assertThat(Thread.interrupted()).isTrue();
  }

  @Test
  void measuresTheBytesACallAllocatesOnlyWhenAsked() {
    CallExecutor.Task<byte[]> allocating = () -> new byte[1 << 20];

    assertThat(watchdog.run(allocating, LONG, true).allocatedBytes()).isGreaterThan(1 << 20);
    assertThat(watchdog.run(allocating, LONG, false).allocatedBytes())
        .isEqualTo(AllocationMeter.NOT_MEASURED);
  }

  @Test
  void doesNotWatchACallNestedInAWatchedCall() {
    AtomicReference<Object> nested = new AtomicReference<>("not run");

    watchdog.run(() -> nested.getAndSet(watchdog.run(() -> "inner", LONG, true)), LONG, true);

    assertThat(nested.get()).isNull();
  }

  @Test
  void watchesCallsOfSeveralThreadsEachAgainstItsOwnDeadline() throws Exception {
    AtomicReference<CallExecutor.Outcome<Object>> looping = new AtomicReference<>();
    Thread other = new Thread(() -> looping.set(watchdog.run(loopUntilInterrupted(), SHORT, true)));
    other.start();

    CallExecutor.Outcome<String> quick = watchdog.run(() -> "quick", LONG, true);
    other.join();

    assertThat(quick.succeeded()).isTrue();
    assertThat(looping.get().timedOut()).isTrue();
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }
}
