package io.dataflare.runtime.wasm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The creation deadline interrupts its thread at its time, and never after it was disarmed. */
@Timeout(30)
class InitDeadlineTests {

  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void interruptsTheCreatingThreadAtTheDeadline() throws Exception {
    long start = System.nanoTime();
    try (InitDeadline deadline = new InitDeadline(50)) {
      boolean interrupted = sleepUntilInterrupted(5_000);
      long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

      assertThat(interrupted).as("interrupted within 5 s").isTrue();
      assertThat(deadline.fired()).isTrue();
      assertThat(waited).isGreaterThanOrEqualTo(50);
    }
    assertThat(Thread.currentThread().isInterrupted())
        .as("closing a fired deadline clears its interrupt")
        .isFalse();
  }

  @Test
  void aDisarmedDeadlineNeverInterrupts() throws Exception {
    for (int i = 0; i < 1_000; i++) {
      try (InitDeadline deadline = new InitDeadline(20)) {
        assertThat(deadline.fired()).isFalse();
      }
    }
    boolean interrupted = sleepUntilInterrupted(200);

    assertThat(interrupted).as("interrupted after every deadline was disarmed").isFalse();
  }

  @Test
  void wakesFromItsIdleSleepForANewDeadline() throws Exception {
    // longer than the alarm thread's idle time, so it has parked for good
    Thread.sleep(1_300);
    try (InitDeadline deadline = new InitDeadline(30)) {
      assertThat(sleepUntilInterrupted(5_000)).as("interrupted within 5 s").isTrue();
      assertThat(deadline.fired()).isTrue();
    }
  }

  /** Sleeps up to {@code millis}; true when the sleep was interrupted (the flag is then clear). */
  private static boolean sleepUntilInterrupted(long millis) {
    try {
      Thread.sleep(millis);
      return false;
    } catch (InterruptedException e) {
      return true;
    }
  }
}
