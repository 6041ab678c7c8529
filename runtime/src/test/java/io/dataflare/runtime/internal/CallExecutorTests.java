package io.dataflare.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class CallExecutorTests {
  private static final long LONG = Duration.ofSeconds(5).toNanos();
  private static final long SHORT = Duration.ofMillis(50).toNanos();

  private final CallExecutor executor = new CallExecutor("test-call");

  @AfterEach
  void close() {
    executor.close();
  }

  @Test
  void returnsTheTaskValueFromAWorkerThread() {
    Thread caller = Thread.currentThread();

    CallExecutor.Outcome<Thread> outcome = executor.run(Thread::currentThread, LONG, () -> {});

    assertThat(outcome.succeeded()).isTrue();
    assertThat(outcome.value()).isNotSameAs(caller);
    assertThat(outcome.value().isDaemon()).isTrue();
  }

  @Test
  void aWorkerIsIdleAgainBeforeItsCallerSeesTheResult() {
    for (int call = 0; call < 1_000; call++) {
      CallExecutor.Outcome<Integer> outcome = executor.run(() -> 1, LONG, () -> {});

      assertThat(outcome.value()).isEqualTo(1);
      assertThat(executor.idleWorkers()).as("idle workers after call %d", call).isEqualTo(1);
    }
    // back-to-back calls never found the worker still busy with the previous one
    assertThat(executor.threadsStarted()).isEqualTo(1);
  }

  @Test
  void aWorkerSpinsForItsNextCallAsLongAsItsLastCallAsked() throws Exception {
    Thread worker =
        executor
            .start(Thread::currentThread, LONG, () -> {}, Duration.ofSeconds(30).toNanos())
            .await()
            .value();
    Thread.sleep(200); // far past the usual spin

    assertThat(worker.getState()).as("a worker still spinning").isEqualTo(Thread.State.RUNNABLE);

    executor.run(() -> 1, LONG, () -> {}); // the same worker, which now spins the usual time
    assertThat(executor.threadsStarted()).isEqualTo(1);
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (worker.getState() == Thread.State.RUNNABLE && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(worker.getState()).as("a worker blocked").isEqualTo(Thread.State.WAITING);
  }

  @Test
  void capturesWhatTheTaskThrows() {
    CallExecutor.Outcome<Object> outcome =
        executor.run(
            () -> {
              throw new IllegalStateException("bad");
            },
            LONG,
            () -> {});

    assertThat(outcome.succeeded()).isFalse();
    assertThat(outcome.error()).isInstanceOf(IllegalStateException.class).hasMessage("bad");
  }

  @Test
  void interruptsTheWorkerAtTheDeadline() throws InterruptedException {
    CountDownLatch interrupted = new CountDownLatch(1);

    CallExecutor.Outcome<Object> outcome =
        executor.run(
            () -> {
              try {
                Thread.sleep(60_000);
              } catch (InterruptedException e) {
                interrupted.countDown();
              }
              return null;
            },
            SHORT,
            () -> {});

    assertThat(outcome.timedOut()).isTrue();
    assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
  }

  private static @Nullable Object spinUntilInterrupted() {
    while (!Thread.currentThread().isInterrupted()) {
      Thread.onSpinWait();
    }
    return null;
  }

  @Test
  void aBlockedWaitGetsTheValueAndStillTimesOutAtTheDeadline() {
    CallExecutor.Outcome<Integer> done = executor.start(() -> 7, LONG, () -> {}).awaitBlocked();
    CallExecutor.Outcome<Object> late =
        executor.start(CallExecutorTests::spinUntilInterrupted, SHORT, () -> {}).awaitBlocked();

    assertThat(done.succeeded()).isTrue();
    assertThat(done.value()).isEqualTo(7);
    assertThat(late.timedOut()).isTrue();
  }

  @Test
  void runsTheCleanUpOnceATimedOutTaskEnds() throws InterruptedException {
    CountDownLatch cleaned = new CountDownLatch(1);
    AtomicBoolean interruptedDuringCleanUp = new AtomicBoolean(true);

    executor.run(
        CallExecutorTests::spinUntilInterrupted,
        SHORT,
        () -> {
          interruptedDuringCleanUp.set(Thread.currentThread().isInterrupted());
          cleaned.countDown();
        });

    assertThat(cleaned.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(interruptedDuringCleanUp).isFalse();
  }

  @Test
  void reusesAWorkerWithItsInterruptFlagCleared() throws InterruptedException {
    CountDownLatch cleaned = new CountDownLatch(1);
    executor.run(CallExecutorTests::spinUntilInterrupted, SHORT, cleaned::countDown);
    assertThat(cleaned.await(5, TimeUnit.SECONDS)).isTrue();
    while (executor.idleWorkers() == 0) {
      Thread.onSpinWait(); // the worker parks itself right after its clean-up
    }

    CallExecutor.Outcome<Boolean> next =
        executor.run(() -> Thread.currentThread().isInterrupted(), LONG, () -> {});

    assertThat(executor.threadsStarted()).isEqualTo(1);
    assertThat(next.value()).isFalse();
  }

  @Test
  void abandonsAWorkerThatIgnoresTheInterruptAndStartsAnother() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(1);
    AtomicReference<Thread> stuck = new AtomicReference<>();
    CallExecutor.PendingCall<Object> call =
        executor.start(
            () -> {
              stuck.set(Thread.currentThread());
              started.countDown();
              while (release.getCount() > 0) {
                try {
                  release.await();
                } catch (InterruptedException ignored) {
                  // this task ignores interrupts
                }
              }
              return null;
            },
            SHORT,
            () -> {});
    // On a loaded machine the worker may start after the short deadline: wait until it runs, so
    // the deadline interrupt below really hits a running task that ignores it.
    assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(call.await().timedOut()).isTrue();

    CallExecutor.Outcome<Thread> next = executor.run(Thread::currentThread, LONG, () -> {});

    assertThat(next.value()).isNotSameAs(stuck.get());
    assertThat(stuck.get().isAlive()).isTrue();
    release.countDown();
  }

  @Test
  void measuresTheBytesAllocatedByTheTask() {
    CallExecutor.Outcome<byte[]> outcome = executor.run(() -> new byte[4 << 20], LONG, () -> {});

    assertThat(outcome.allocatedBytes()).isGreaterThanOrEqualTo(4 << 20);
  }

  @Test
  void stopsWaitingWhenTheCallerIsInterruptedAndKeepsItsFlag() {
    Thread.currentThread().interrupt();

    CallExecutor.Outcome<Object> outcome =
        executor.run(
            () -> {
              Thread.sleep(60_000);
              return null;
            },
            LONG,
            () -> {});

    assertThat(outcome.timedOut()).isTrue();
    assertThat(outcome.callerInterrupted()).isTrue();
    assertThat(Thread.interrupted()).isTrue();
  }
}
