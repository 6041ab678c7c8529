package io.dataflare.bench.internal;

import io.dataflare.bench.HarnessException;
import io.dataflare.bench.plan.PlannedBenchmark;
import java.time.Duration;
import java.util.function.Consumer;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Waits while another JMH run holds JMH's machine-wide lock ({@code jmh.lock} in the temporary
 * directory) instead of failing: on a shared build machine two benchmark runs at once would also
 * spoil each other's timings, so taking turns is the better outcome.
 */
final class JmhLockWait {
  /** How long to wait for another run before giving up. */
  static final Duration MAXIMUM_WAIT = Duration.ofMinutes(30);

  private static final Duration POLL = Duration.ofSeconds(2);

  private final Duration poll;

  /** JMH 1.37's message when {@code tryLock} on its lock file fails. */
  private static final String LOCK_BUSY = "Another JMH instance might be running";

  private final Consumer<String> progress;
  private final long deadline;
  private boolean announced;

  JmhLockWait(Consumer<String> progress) {
    this(progress, POLL);
  }

  JmhLockWait(Consumer<String> progress, Duration poll) {
    this.progress = progress;
    this.poll = poll;
    this.deadline = System.nanoTime() + MAXIMUM_WAIT.toNanos();
  }

  static boolean isLockBusy(Throwable error) {
    return error instanceof RunnerException
        && error.getMessage() != null
        && error.getMessage().contains(LOCK_BUSY);
  }

  /**
   * Sleeps before the next attempt, announcing the wait once.
   *
   * @throws HarnessException when the lock stayed busy for {@link #MAXIMUM_WAIT}
   */
  void pause(PlannedBenchmark benchmark) {
    if (System.nanoTime() > deadline) {
      throw new HarnessException(
          "Benchmark ["
              + benchmark.id()
              + "] could not start: another JMH run held JMH's lock ("
              + lockFile()
              + ") for "
              + MAXIMUM_WAIT.toMinutes()
              + " minutes (fix: let the other benchmark run finish, or stop it)");
    }
    if (!announced) {
      announced = true;
      progress.accept(
          ProgressLines.PREFIX
              + "waiting for another JMH run to release its lock ("
              + lockFile()
              + ")");
    }
    try {
      Thread.sleep(poll.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HarnessException("Interrupted while waiting for JMH's lock", e);
    }
  }

  private static String lockFile() {
    return System.getProperty("java.io.tmpdir") + "/jmh.lock";
  }
}
